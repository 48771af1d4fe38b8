import { Badge } from '@mantine/core';
import type { IndicatorStatus } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';

/**
 * Green, amber, red: dark fills keep white text above 4.5:1, the amber one takes dark text
 * (autoContrast). The word is always there, so colour is never the only signal.
 */
const colours: Record<IndicatorStatus, string> = {
  ON_TRACK: 'teal.9',
  AT_RISK: 'yellow.4',
  BEHIND: 'red.9',
  NOT_STARTED: 'gray.7',
};

/** An indicator's status against what was expected by now; none when there is no figure. */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus | null }) {
  const { t } = useTranslation('plans');
  if (!status) {
    return (
      <Badge color="gray.8" variant="outline" data-status="NONE">
        {t('status.NONE')}
      </Badge>
    );
  }
  return (
    <Badge color={colours[status]} variant="filled" autoContrast data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
