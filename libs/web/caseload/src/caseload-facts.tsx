import { Badge, Group, Text } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from './caseload-row';
import { needsContact } from './caseload-view';

/** Last contact with its age, flagged past the counsellor's threshold. */
export function LastContact({ row, threshold }: { row: CaseloadRow; threshold: number }) {
  const { t } = useTranslation('caseload');
  const format = useFormatters();
  return (
    <Group gap={6} wrap="wrap">
      {row.lastContact && row.daysSinceContact !== null ? (
        <Text span size="sm">
          {format.date(row.lastContact)} · {t('attention.daysAgo', { count: row.daysSinceContact })}
        </Text>
      ) : (
        <Text span size="sm" c="gray.7">
          {t('noContactYet')}
        </Text>
      )}
      {needsContact(row, threshold) && (
        <Badge color="red.9" variant="filled" data-testid="contact-flag">
          {t('attention.noContactFlag')}
        </Badge>
      )}
    </Group>
  );
}

/** Open goals past their target date, flagged; nothing when none. */
export function OverdueGoals({ row }: { row: CaseloadRow }) {
  const { t } = useTranslation('caseload');
  return row.overdueGoals > 0 ? (
    <Badge color="red.9" variant="filled" data-testid="overdue-flag">
      {t('attention.overdue', { count: row.overdueGoals })}
    </Badge>
  ) : null;
}
