import { Badge } from '@mantine/core';
import type { ProgrammeStatus } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';

const colours: Record<ProgrammeStatus, string> = { ACTIVE: 'teal.9', PAUSED: 'orange.9', ENDED: 'gray.7' };

/** A programme's status; filled badges with dark colours keep white text above 4.5:1. */
export function StatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation('programmes');
  return (
    <Badge color={colours[status]} variant="filled">
      {t(`status.${status}`)}
    </Badge>
  );
}
