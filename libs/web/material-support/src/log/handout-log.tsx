import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { HANDOUT_KINDS } from '@bridgeway/shared-domain';
import { HandoutsDocument, type HandoutKind, type HandoutRowFragment } from '@bridgeway/web-graphql';
import {
  DepartmentFilter,
  FiguresTable,
  QueryState,
  SectionCard,
  isIsoDate,
  monthStartIsoDate,
  todayIsoDate,
  useFormatters,
  type FiguresColumn,
} from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The newest handouts of the period; the API's page maximum. */
export const handoutLogSize = 200;

interface Period {
  from: string;
  to: string;
}

const isValidPeriod = (period: Period) => isIsoDate(period.from) && isIsoDate(period.to) && period.from <= period.to;

/** Handouts of a period (this month and the two before by default), by kind and department, newest first. */
export function HandoutLog({ caseWorker }: { caseWorker: boolean }) {
  const { t } = useTranslation('material-support');
  const format = useFormatters();
  const [period, setPeriod] = useState<Period>(() => ({ from: monthStartIsoDate(new Date(), 2), to: todayIsoDate() }));
  const [kind, setKind] = useState<HandoutKind | ''>('');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(period, 400);
  const [asked, setAsked] = useState(debounced);
  if (isValidPeriod(debounced) && (debounced.from !== asked.from || debounced.to !== asked.to)) setAsked(debounced);
  const { data, previousData, loading, error, refetch } = useQuery(HandoutsDocument, {
    variables: { ...asked, kind: kind || null, departmentId, first: handoutLogSize, caseWorker },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  const recipientOf = (row: HandoutRowFragment): string => {
    if (row.resident) return `${row.resident.firstName} ${row.resident.lastName}`;
    if (row.relative) return `${row.relative.firstName} ${row.relative.lastName}`;
    if (row.anonymousRecipients !== null) return t('log.anonymousRecipients', { count: row.anonymousRecipients });
    return t('log.namedRecipient');
  };
  const columns: FiguresColumn<HandoutRowFragment>[] = [
    { key: 'date', header: t('log.date'), cell: (row) => format.date(row.handedOutOn) },
    { key: 'kind', header: t('log.kind'), cell: (row) => t(`handoutKind.${row.kind}`) },
    { key: 'quantity', header: t('log.quantity'), numeric: true, cell: (row) => format.number(row.quantity) },
    { key: 'recipient', header: t('log.recipient'), cell: recipientOf },
    { key: 'department', header: t('log.department'), cell: (row) => row.department?.name ?? '—' },
    { key: 'recordedBy', header: t('log.recordedBy'), cell: (row) => row.recordedBy.displayName },
    { key: 'note', header: t('log.note'), cell: (row) => row.note ?? '' },
  ];
  const invalid = !isValidPeriod(period);

  return (
    <SectionCard title={t('log.title')}>
      <Stack gap="md">
        <Group gap="sm" align="flex-start">
          <TextInput
            type="date"
            label={t('log.from')}
            value={period.from}
            max={period.to}
            onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
            error={invalid ? t('log.invalidPeriod') : undefined}
          />
          <TextInput
            type="date"
            label={t('log.to')}
            value={period.to}
            min={period.from}
            onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('log.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as HandoutKind | '')}
          >
            <option value="">{t('log.allKinds')}</option>
            {HANDOUT_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`handoutKind.${value}`)}
              </option>
            ))}
          </NativeSelect>
          <DepartmentFilter value={departmentId} onChange={setDepartmentId} />
        </Group>
        <QueryState data={shown} loading={loading} error={error} onRetry={() => void refetch()}>
          {({ handouts }) => (
            <Stack gap="xs" aria-busy={loading}>
              <Text size="sm" data-testid="handout-log-total">
                {t('log.total', {
                  count: handouts.length,
                  quantity: format.number(handouts.reduce((sum, row) => sum + row.quantity, 0)),
                })}
              </Text>
              <FiguresTable
                caption={t('log.caption')}
                columns={columns}
                rows={handouts}
                rowKey={(row) => row.id}
                emptyText={t('log.empty')}
              />
              {handouts.length >= handoutLogSize && (
                <Text size="sm" c="gray.7">
                  {t('log.more', { count: handouts.length })}
                </Text>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </SectionCard>
  );
}
