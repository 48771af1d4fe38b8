import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PublishedProgressReportDocument } from '@bridgeway/web-graphql';
import { PageHeader, QueryState, useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReportBody } from './report-body';

/** A published report: its figures as they were sent, read only. */
export function PublishedReportPage() {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  const { planId = '', reportId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PublishedProgressReportDocument, { variables: { reportId } });
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {({ publishedReport: report }) => (
        <Stack gap="lg">
          <Anchor component={Link} to={`/plans/${planId}/report`} size="sm">
            {t('report.backToLive')}
          </Anchor>
          <PageHeader
            title={t('report.publishedPageTitle', { name: report.plan.name })}
            description={t('period', { from: format.date(report.from), to: format.date(report.to) })}
          />
          {report.published && (
            <Alert color="blue" variant="light" title={t('report.frozenTitle')}>
              <Text size="sm">
                {t('report.frozenBody', { date: format.dateTime(report.published.publishedAt), name: report.published.publishedBy })}
              </Text>
            </Alert>
          )}
          <ReportBody report={report} />
        </Stack>
      )}
    </QueryState>
  );
}
