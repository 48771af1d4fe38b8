import { Stack, Text } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { CaseloadDocument } from '@bridgeway/web-graphql';
import { PageHeader, QueryState, monthStartIsoDate, todayIsoDate } from '@bridgeway/web-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NeedsAttentionCard } from './attention/needs-attention-card';
import { CaseloadCards } from './caseload-cards';
import { CaseloadFilters } from './caseload-filters';
import { caseloadRowOf } from './caseload-row';
import { CaseloadSearch } from './caseload-search';
import { CaseloadSummary } from './caseload-summary';
import { CaseloadTable } from './caseload-table';
import { filterRows, sortRows, useContactThreshold, type CaseloadFilter, type Sort, type SortColumn } from './caseload-view';
import { NewResidentButton } from './new-resident/new-resident-button';

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
  const rows = useMemo(
    () => (shown ? shown.residents.edges.map((edge) => caseloadRowOf(edge.node, days.today)) : []),
    [shown, days.today],
  );
  const [filter, setFilter] = useState<CaseloadFilter>({ status: null, residence: null });
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'ascending' });
  const [threshold, setThreshold] = useContactThreshold();
  // A phone gets cards; one of the two is rendered so links and test ids stay unique.
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const visible = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const toggleSort = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const setSearch = (value: string) => setSearchParams(value ? { q: value } : {}, { replace: true });

  return (
    // A long unbroken word (a name, a residence) wraps inside its card instead of widening the page.
    <Stack gap="lg" style={{ overflowWrap: 'anywhere' }}>
      <PageHeader title={t('title')} description={t('description')} actions={<NewResidentButton />} />
      <CaseloadSearch value={search} onChange={setSearch} />
      <QueryState data={shown} loading={loading} error={error} onRetry={() => void refetch()}>
        {(result) => (
          <Stack gap="md" aria-busy={loading}>
            {/* The caseload is where counsellors start: what needs attention today comes first (whole caseload only). */}
            {!debouncedSearch && rows.length > 0 && (
              <NeedsAttentionCard rows={rows} today={days.today} threshold={threshold} />
            )}
            <CaseloadSummary rows={rows} totalCount={result.residents.totalCount} />
            {rows.length > 0 && (
              <CaseloadFilters
                rows={rows}
                filter={filter}
                onFilterChange={setFilter}
                threshold={threshold}
                onThresholdChange={setThreshold}
              />
            )}
            {rows.length === 0 ? (
              <Text role="status">
                {debouncedSearch ? t('noMatches', { search: debouncedSearch }) : t('empty')}
              </Text>
            ) : visible.length === 0 ? (
              <Text role="status">{t('attention.filteredOut')}</Text>
            ) : phone ? (
              <CaseloadCards rows={visible} threshold={threshold} />
            ) : (
              <CaseloadTable rows={visible} threshold={threshold} sort={sort} onSort={toggleSort} />
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
