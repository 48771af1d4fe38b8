import { Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { ContactOutcome } from '@bridgeway/shared-domain';
import { HelplineContactsDocument, type HelplineContactRowFragment } from '@bridgeway/web-graphql';
import { FiguresTable, QueryState, SectionCard, useFormatters, type FiguresColumn } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LogFilters } from './log-filters';
import { defaultLogPeriod, isValidLogPeriod, logPeriodVariables, type LogPeriod } from './log-period';

/** The newest contacts of the period; the API's page maximum. */
export const helplineLogSize = 200;

/**
 * The contact log, newest first, for a period and department. Case workers see every contact
 * and the linked relative; a group leader sees the contacts they logged themselves (the API's rule).
 */
export function HelplineLog({ caseWorker }: { caseWorker: boolean }) {
  const { t } = useTranslation('helpline');
  const format = useFormatters();
  const [period, setPeriod] = useState<LogPeriod>(() => defaultLogPeriod());
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(period, 400);
  const [asked, setAsked] = useState(debounced);
  if (isValidLogPeriod(debounced) && (debounced.from !== asked.from || debounced.to !== asked.to)) setAsked(debounced);
  const { data, previousData, loading, error, refetch } = useQuery(HelplineContactsDocument, {
    variables: { ...logPeriodVariables(asked), departmentId, first: helplineLogSize, caseWorker },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  const columns: FiguresColumn<HelplineContactRowFragment>[] = [
    { key: 'when', header: t('log.when'), cell: (row) => format.dateTime(row.occurredAt) },
    { key: 'channel', header: t('log.channel'), cell: (row) => t(`channel.${row.channel}`) },
    { key: 'caller', header: t('log.caller'), cell: (row) => t(`callerKind.${row.callerKind}`) },
    { key: 'duration', header: t('log.duration'), numeric: true, cell: (row) => format.minutes(row.durationMinutes) },
    {
      key: 'topics',
      header: t('log.topics'),
      cell: (row) => (row.topics.length ? row.topics.map((topic) => t(`topic.${topic}`)).join(', ') : '—'),
    },
    {
      key: 'outcome',
      header: t('log.outcome'),
      cell: (row) =>
        row.outcome === ContactOutcome.REFERRED && row.referredTo
          ? t('log.referredTo', { place: row.referredTo })
          : t(`outcome.${row.outcome}`),
    },
    {
      key: 'person',
      header: t('log.person'),
      cell: (row) =>
        row.relative ? `${row.relative.firstName} ${row.relative.lastName}` : row.anonymous ? t('log.anonymous') : '—',
    },
    { key: 'department', header: t('log.department'), cell: (row) => row.department?.name ?? '—' },
    { key: 'recordedBy', header: t('log.recordedBy'), cell: (row) => row.recordedBy.displayName },
  ];

  return (
    <SectionCard title={caseWorker ? t('log.title') : t('log.titleMine')}>
      <Stack gap="md">
        <LogFilters
          period={period}
          onPeriodChange={setPeriod}
          departmentId={departmentId}
          onDepartmentChange={setDepartmentId}
        />
        <QueryState data={shown} loading={loading} error={error} onRetry={() => void refetch()}>
          {({ helplineContacts: contacts }) => (
            <Stack gap="xs" aria-busy={loading}>
              <Text size="sm" data-testid="helpline-log-count">
                {t('log.count', { count: contacts.length })}
              </Text>
              <FiguresTable
                caption={t('log.caption')}
                columns={columns}
                rows={contacts}
                rowKey={(row) => row.id}
                emptyText={t('log.empty')}
              />
              {contacts.length >= helplineLogSize && (
                <Text size="sm" c="gray.7">
                  {t('log.more', { count: contacts.length })}
                </Text>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </SectionCard>
  );
}
