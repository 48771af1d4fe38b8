import { Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { QueryState, SectionCard, type Period } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { ConsortiumOverviewDocument } from '@bridgeway/web-graphql';
import { PartnerCharts } from './partner-charts';
import { PartnersTable } from './partners-table';
import { defaultSmallCellThreshold } from './suppressed-count';

/** One consortium's partners in the period: the table with totals, then charts with their tables. */
export function ConsortiumOverviewSection({ consortiumId, period }: { consortiumId: string; period: Period }) {
  const { t } = useTranslation('consortium');
  const { data, previousData, loading, error, refetch } = useQuery(ConsortiumOverviewDocument, {
    variables: { consortiumId, ...period },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const note = <Text c="gray.7">{t('suppressionNote', { threshold: defaultSmallCellThreshold })}</Text>;

  return (
    <QueryState data={shown} loading={loading} error={error} onRetry={() => void refetch()}>
      {({ consortiumOverview: overview }) => (
        <Stack gap="lg" aria-busy={loading}>
          <SectionCard title={t('partners.title')}>
            <Stack gap="sm">
              {note}
              {overview.partners.length === 0 ? (
                <Text role="status">{t('partners.none')}</Text>
              ) : (
                <PartnersTable partners={overview.partners} totals={overview.totals} />
              )}
            </Stack>
          </SectionCard>
          {overview.partners.length > 0 && (
            <SectionCard title={t('charts.title')}>
              <PartnerCharts partners={overview.partners} />
            </SectionCard>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
