import { Badge } from '@mantine/core';
import type { ProgrammeStatus } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';

// orange.9 under white text is 4.3:1 (axe, found on the plans report): paused takes amber with dark text.
const colours: Record<ProgrammeStatus, string> = { ACTIVE: 'teal.9', PAUSED: 'yellow.4', ENDED: 'gray.7' };

/** A programme's status; dark fills keep white text above 4.5:1, the amber one takes dark text (autoContrast). */
export function StatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation('programmes');
  return (
    <Badge color={colours[status]} variant="filled" autoContrast>
      {t(`status.${status}`)}
    </Badge>
  );
}
