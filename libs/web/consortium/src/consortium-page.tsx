import { NativeSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { PageHeader, QueryState, PeriodPicker, defaultPeriod, isValidPeriod, type Period } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsortiaDocument } from '@bridgeway/web-graphql';
import { ExportSection } from '@bridgeway/web-exports';
import { ConsortiumOverviewSection } from './consortium-overview-section';
import { ConsortiumPlansLink } from './consortium-plans-link';

/**
 * The coordinator's home (and a manager's view of their organisation's consortia): the partners of
 * one consortium side by side in a period, as a table with totals and as charts.
 */
export function ConsortiumPage() {
  const { t } = useTranslation('consortium');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>(() => defaultPeriod());
  const [debounced] = useDebouncedValue(period, 400);
  // Typing a date passes through invalid periods: ask only for the last valid one.
  const [lastValid, setLastValid] = useState(debounced);
  if (isValidPeriod(debounced) && (debounced.from !== lastValid.from || debounced.to !== lastValid.to))
    setLastValid(debounced);
  const { data, loading, error, refetch } = useQuery(ConsortiaDocument);

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} actions={<ConsortiumPlansLink />} />
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ consortia }) => {
          const consortium = consortia.find((c) => c.id === chosenId) ?? consortia[0];
          if (!consortium) return <Text role="status">{t('noConsortium')}</Text>;
          return (
            <Stack gap="lg">
              {consortia.length > 1 && (
                <NativeSelect
                  label={t('consortiumLabel')}
                  value={consortium.id}
                  onChange={(event) => setChosenId(event.currentTarget.value)}
                  data={consortia.map((c) => ({ value: c.id, label: c.name }))}
                  maw={420}
                />
              )}
              {consortia.length === 1 && <Text fw="bold">{consortium.name}</Text>}
              <PeriodPicker legend={t('period.legend')} value={period} onChange={setPeriod} />
              <ConsortiumOverviewSection consortiumId={consortium.id} period={lastValid} />
              <ExportSection kind="CONSORTIUM_OVERVIEW" consortiumId={consortium.id} period={lastValid} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
