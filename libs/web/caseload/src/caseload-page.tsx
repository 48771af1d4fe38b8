import { Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { CaseloadDocument } from '@bridgeway/web-graphql';
import { PageHeader, QueryState, monthStartIsoDate, todayIsoDate } from '@bridgeway/web-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { caseloadRowOf } from './caseload-row';
import { CaseloadSearch } from './caseload-search';
import { CaseloadSummary } from './caseload-summary';
import { CaseloadTable } from './caseload-table';

/** A caseload is small; one page of the API's maximum holds it. */
const caseloadPageSize = 200;

/** The counsellor's home: the residents they are key worker for. */
export function CaseloadPage() {
  const { t } = useTranslation('caseload');
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  // "This month" as of opening the page: from its first day to today.
  const [days] = useState(() => ({ monthStart: monthStartIsoDate(), today: todayIsoDate() }));
  const { data, previousData, loading, error, refetch } = useQuery(CaseloadDocument, {
    variables: { search: debouncedSearch || null, first: caseloadPageSize, ...days },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const rows = useMemo(() => (shown ? shown.residents.edges.map((edge) => caseloadRowOf(edge.node)) : []), [shown]);

  const setSearch = (value: string) => setSearchParams(value ? { q: value } : {}, { replace: true });

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <CaseloadSearch value={search} onChange={setSearch} />
      <QueryState data={shown} loading={loading} error={error} onRetry={() => void refetch()}>
        {(result) => (
          <Stack gap="md" aria-busy={loading}>
            <CaseloadSummary rows={rows} totalCount={result.residents.totalCount} />
            {rows.length === 0 ? (
              <Text role="status">
                {debouncedSearch ? t('noMatches', { search: debouncedSearch }) : t('empty')}
              </Text>
            ) : (
              <CaseloadTable rows={rows} />
            )}
            {result.residents.pageInfo.hasNextPage && (
              <Text c="gray.7">{t('refineSearch', { count: rows.length })}</Text>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
