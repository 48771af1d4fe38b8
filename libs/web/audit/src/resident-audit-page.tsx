import { Anchor, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { AuditedResidentDocument, ResidentAuditTrailDocument } from '@bridgeway/web-graphql';
import { PageHeader, QueryState } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { matchesAuditFilter, type AuditFilter } from './audit-actions';
import { AuditTrailTable } from './audit-trail-table';

const pageSize = 100;
/** The API returns at most this many entries, newest first. */
const trailLimit = 1000;

/** Who looked at or changed one resident's record. */
export function ResidentAuditPage() {
  const { t } = useTranslation('audit');
  const { residentId = '' } = useParams();
  const [filter, setFilter] = useState<AuditFilter>('all');
  const [shownCount, setShownCount] = useState(pageSize);
  const { data, loading, error, refetch } = useQuery(ResidentAuditTrailDocument, {
    variables: { residentId, first: trailLimit },
    fetchPolicy: 'network-only',
  });
  const resident = useQuery(AuditedResidentDocument, { variables: { id: residentId } }).data?.resident;
  const name = resident ? `${resident.firstName} ${resident.lastName}` : '';

  return (
    // A long unbroken word in a name or a change wraps instead of widening the page.
    <Stack gap="lg" style={{ overflowWrap: 'anywhere' }}>
      <PageHeader
        title={name ? t('residentTitle', { name }) : t('title')}
        description={t('residentDescription')}
      />
      <Group gap="md">
        <Anchor component={Link} to="/audit">
          {t('backToList')}
        </Anchor>
        <Anchor component={Link} to={`/residents/${residentId}`}>
          {t('openCaseFile')}
        </Anchor>
        <Anchor component={Link} to={`/audit/log?person=${residentId}`}>
          {t('log.filterPerson')}
        </Anchor>
      </Group>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ residentAuditTrail }) => {
          const entries = [...residentAuditTrail]
            .filter((entry) => matchesAuditFilter(entry.action, filter))
            .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
          return (
            <Stack gap="sm">
              <SegmentedControl
                aria-label={t('filter.label')}
                w="fit-content"
                value={filter}
                onChange={(value) => {
                  setFilter(value as AuditFilter);
                  setShownCount(pageSize);
                }}
                data={[
                  { value: 'all', label: t('filter.all') },
                  { value: 'reads', label: t('filter.reads') },
                  { value: 'changes', label: t('filter.changes') },
                ]}
              />
              <AuditTrailTable
                entries={entries.slice(0, shownCount)}
                caption={t('trailCaption', { count: entries.length })}
              />
              {entries.length > shownCount && (
                <Group>
                  <Button variant="default" onClick={() => setShownCount((count) => count + pageSize)}>
                    {t('showMore')}
                  </Button>
                  <Text size="sm" c="gray.7">
                    {t('showing', { shown: shownCount, count: entries.length })}
                  </Text>
                </Group>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
