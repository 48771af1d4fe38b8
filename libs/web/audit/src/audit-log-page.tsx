import { Alert, Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { AUDIT_ACTIONS, isAuditAction } from '@bridgeway/shared-domain';
import {
  AuditLogCsvDocument,
  AuditLogDocument,
  AuditResidentsDocument,
  AuditStaffDocument,
  type AuditLogQuery,
} from '@bridgeway/web-graphql';
import { PageHeader, ProblemAlert, QueryState, apiProblemFrom, isIsoDate, useFormatters, type ApiProblem } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isKnownEntityType } from './audit-actions';

/** Entries per page (the API allows at most 100). */
export const auditLogPageSize = 50;

type LogEntry = AuditLogQuery['auditLog']['entries'][number];
const filterKeys = ['user', 'person', 'action', 'from', 'to'] as const;

/** Hands the CSV to the browser as a download (a link to the blob, clicked). */
function saveCsv(content: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The organisation's audit log for managers: who did what to which record and when, one entry
 * per record and request (a case file opened once is one entry, listing the sessions whose notes
 * it showed), filtered by staff member, resident, action and dates; the filter lives in the
 * address so it can be shared; the filtered log downloads as CSV.
 */
export function AuditLogPage() {
  const { t } = useTranslation('audit');
  const format = useFormatters();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? ''])) as Record<(typeof filterKeys)[number], string>;
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const [personSearch, setPersonSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(personSearch.trim(), 300);
  const [exporting, setExporting] = useState(false);
  const [exportProblem, setExportProblem] = useState<ApiProblem | null>(null);
  const [truncated, setTruncated] = useState(false);

  const rangeInvalid = isIsoDate(filter.from) && isIsoDate(filter.to) && filter.from > filter.to;
  const variables = {
    userId: filter.user || null,
    personId: filter.person || null,
    action: filter.action || null,
    from: isIsoDate(filter.from) ? filter.from : null,
    to: isIsoDate(filter.to) ? filter.to : null,
  };
  const log = useQuery(AuditLogDocument, {
    variables: { ...variables, first: auditLogPageSize, offset: page * auditLogPageSize },
    fetchPolicy: 'network-only',
    skip: rangeInvalid,
  });
  const staff = useQuery(AuditStaffDocument).data?.staff ?? [];
  const residents = useQuery(AuditResidentsDocument, { variables: { search: debouncedSearch || null } }).data?.residents.edges ?? [];
  const staffNames = new Map(staff.map((s) => [s.id, s.displayName]));
  const residentNames = new Map(residents.map(({ node }) => [node.id, `${node.firstName} ${node.lastName}`]));
  const personOptions = residents.map(({ node }) => ({ value: node.id, label: `${node.firstName} ${node.lastName}` }));
  if (filter.person && !residentNames.has(filter.person)) personOptions.unshift({ value: filter.person, label: t('log.chosenPerson') });

  const setFilter = (key: (typeof filterKeys)[number], value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page'); // a new filter starts on its first page
    setParams(next, { replace: true });
  };
  const goToPage = (to: number) => {
    const next = new URLSearchParams(params);
    if (to > 0) next.set('page', String(to));
    else next.delete('page');
    setParams(next);
  };

  const exportCsv = async () => {
    setExporting(true);
    setExportProblem(null);
    try {
      const { data } = await client.query({ query: AuditLogCsvDocument, variables, fetchPolicy: 'network-only' });
      if (data) {
        saveCsv(data.auditLogCsv.content, data.auditLogCsv.filename);
        setTruncated(data.auditLogCsv.truncated);
      }
    } catch (error) {
      setExportProblem(apiProblemFrom(error));
    } finally {
      setExporting(false);
    }
  };

  const what = (entry: LogEntry) => {
    const action = isAuditAction(entry.action) ? t(`actions.${entry.action}`) : entry.action;
    const record = isKnownEntityType(entry.entityType) ? t(`entityTypes.${entry.entityType}`) : entry.entityType;
    return `${action}: ${record}`;
  };

  return (
    // A long unbroken word in a name or a change wraps instead of widening the page.
    <Stack gap="lg" style={{ overflowWrap: 'anywhere' }}>
      <PageHeader
        title={t('log.title')}
        description={t('log.description')}
        actions={
          <Button variant="default" onClick={() => void exportCsv()} loading={exporting} disabled={rangeInvalid}>
            {t('log.exportCsv')}
          </Button>
        }
      />
      <Anchor component={Link} to="/audit">
        {t('log.byResident')}
      </Anchor>
      {exportProblem && (
        <ProblemAlert problem={exportProblem} onRetry={() => void exportCsv()} retrying={exporting} />
      )}
      {truncated && (
        <Alert color="yellow" role="status">
          {t('log.exportTruncated')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm" role="search" aria-label={t('log.filters')}>
        <Select
          label={t('log.who')}
          placeholder={t('log.anyone')}
          data={staff.map((s) => ({ value: s.id, label: s.displayName }))}
          value={filter.user || null}
          onChange={(value) => setFilter('user', value)}
          searchable
          clearable
        />
        <Select
          label={t('log.person')}
          placeholder={t('log.anyPerson')}
          data={personOptions}
          value={filter.person || null}
          onChange={(value) => setFilter('person', value)}
          searchValue={personSearch}
          onSearchChange={setPersonSearch}
          filter={({ options }) => options}
          nothingFoundMessage={t('noResidents')}
          searchable
          clearable
        />
        <Select
          label={t('log.action')}
          placeholder={t('log.anyAction')}
          data={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`actions.${action}`) }))}
          value={filter.action || null}
          onChange={(value) => setFilter('action', value)}
          clearable
        />
        <TextInput type="date" label={t('log.from')} value={filter.from} onChange={(event) => setFilter('from', event.currentTarget.value)} />
        <TextInput
          type="date"
          label={t('log.to')}
          value={filter.to}
          onChange={(event) => setFilter('to', event.currentTarget.value)}
          error={rangeInvalid ? t('log.invalidRange') : undefined}
        />
      </SimpleGrid>
      {!rangeInvalid && (
        <QueryState data={log.data ?? log.previousData} loading={log.loading} error={log.error} onRetry={() => void log.refetch()}>
          {({ auditLog }) => {
            const firstShown = page * auditLogPageSize + 1;
            const lastShown = page * auditLogPageSize + auditLog.entries.length;
            return (
              <Stack gap="sm">
                <Text role="status" fw={500}>
                  {auditLog.totalCount === 0 ? t('empty') : t('log.showing', { from: firstShown, to: lastShown, count: auditLog.totalCount })}
                </Text>
                <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('log.entries')}>
                  {auditLog.entries.map((entry) => (
                    <Paper component="li" key={entry.id} withBorder p="sm" radius="md">
                      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
                          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                            {what(entry)}
                          </Text>
                          <Text size="sm">
                            {entry.userDisplayName ?? staffNames.get(entry.userId) ?? t('log.unknownUser')} · <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
                          </Text>
                          {entry.sessionIds.length > 0 && (
                            <Text size="sm" c="gray.7">
                              {t('log.sessionNotes', { count: entry.sessionIds.length })}
                            </Text>
                          )}
                        </Stack>
                        <Group gap="xs">
                          <Badge variant="light" color={entry.action === 'READ' ? 'gray' : 'blue'}>
                            {entry.action === 'READ' ? t('filter.reads') : t('filter.changes')}
                          </Badge>
                          {entry.residentId && (
                            <Anchor component={Link} to={`/residents/${entry.residentId}/audit`} size="sm">
                              {residentNames.get(entry.residentId) ?? t('log.residentTrail')}
                            </Anchor>
                          )}
                        </Group>
                      </Group>
                    </Paper>
                  ))}
                </Stack>
                {(page > 0 || auditLog.hasNextPage) && (
                  <Group>
                    <Button variant="default" disabled={page === 0} onClick={() => goToPage(page - 1)}>
                      {t('log.previous')}
                    </Button>
                    <Button variant="default" disabled={!auditLog.hasNextPage} onClick={() => goToPage(page + 1)}>
                      {t('log.next')}
                    </Button>
                  </Group>
                )}
              </Stack>
            );
          }}
        </QueryState>
      )}
    </Stack>
  );
}
