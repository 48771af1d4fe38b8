import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  PlanProgressReportDocument,
  PublishProgressReportDocument,
  ReportPlanDocument,
  type PublishedReportItemFragment,
  type ReportPlanQuery,
} from '@bridgeway/web-graphql';
import { PageHeader, PeriodPicker, QueryState, SectionCard, isValidPeriod, todayIsoDate, useFormatters, type Period } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExportSection } from '@bridgeway/web-exports';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { defaultReportPeriod } from '../shared/plan-period';
import { ReportBody } from './report-body';

type ReportPlan = ReportPlanQuery['strategicPlan'];

/** A plan's progress report for a period (default: the plan period up to today), live from the records. */
export function ReportPage() {
  const { planId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReportPlanDocument, { variables: { planId }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {({ strategicPlan }) => <LiveReport plan={strategicPlan} />}
    </QueryState>
  );
}

function LiveReport({ plan }: { plan: ReportPlan }) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  const [period, setPeriod] = useState<Period>(() => defaultReportPeriod(plan, todayIsoDate()));
  const [debounced] = useDebouncedValue(period, 400);
  // Typing a date passes through invalid periods: ask only for the last valid one.
  const [lastValid, setLastValid] = useState(debounced);
  if (isValidPeriod(debounced) && (debounced.from !== lastValid.from || debounced.to !== lastValid.to)) setLastValid(debounced);
  const [publishing, setPublishing] = useState(false);
  const [publish] = useMutation(PublishProgressReportDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const report = useQuery(PlanProgressReportDocument, {
    variables: { planId: plan.id, ...lastValid },
    fetchPolicy: 'cache-and-network',
  });
  const shown = report.data ?? report.previousData;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/plans/${plan.id}`} size="sm">
        {t('report.backToPlan', { name: plan.name })}
      </Anchor>
      <PageHeader
        title={t('report.title', { name: plan.name })}
        description={plan.consortium ? plan.consortium.name : undefined}
        actions={
          <Button onClick={() => setPublishing(true)} disabled={!shown}>
            {t('report.publish')}
          </Button>
        }
      />
      <PeriodPicker legend={t('report.periodLegend')} value={period} onChange={setPeriod} />
      {/* The report of the period shown, as PDF (tables and charts), XLSX or CSV, in the UI language. */}
      <ExportSection kind="PROGRESS_REPORT" planId={plan.id} period={lastValid} />
      <QueryState data={shown} loading={report.loading} error={report.error} onRetry={() => void report.refetch()}>
        {({ progressReport }) => (
          <Stack gap="lg" aria-busy={report.loading}>
            {progressReport.published && <PublishedNote published={progressReport.published} planId={plan.id} />}
            <ReportBody report={progressReport} commentsFor={{ from: progressReport.from, to: progressReport.to }} />
          </Stack>
        )}
      </QueryState>
      <PublishedList planId={plan.id} reports={plan.publishedReports} />
      <ConfirmDialog
        opened={publishing}
        title={t('report.publishTitle')}
        body={t('report.publishBody', { from: format.date(lastValid.from), to: format.date(lastValid.to) })}
        confirmLabel={t('report.publishConfirm')}
        onConfirm={() => publish({ variables: { planId: plan.id, ...lastValid } })}
        onClose={() => setPublishing(false)}
      />
    </Stack>
  );
}

/** This period was published: the figures as sent are kept; the table marks where the records changed since. */
function PublishedNote({ published, planId }: { published: PublishedReportItemFragment; planId: string }) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  return (
    <Alert color="blue" variant="light" title={t('report.publishedTitle')} data-testid="published-note">
      <Text size="sm">
        {t('report.publishedBody', { date: format.dateTime(published.publishedAt), name: published.publishedBy })}{' '}
        <Anchor component={Link} to={`/plans/${planId}/published/${published.id}`}>
          {t('report.viewPublished')}
        </Anchor>
      </Text>
    </Alert>
  );
}

/** Every published report of the plan, newest first, each opening its frozen figures. */
function PublishedList({ planId, reports }: { planId: string; reports: readonly PublishedReportItemFragment[] }) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  const sorted = [...reports].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  return (
    <SectionCard title={t('report.publishedListTitle')}>
      {sorted.length === 0 ? (
        <Text c="gray.7">{t('report.nonePublished')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="published-reports">
          {sorted.map((report) => (
            <li key={report.id}>
              <Anchor component={Link} to={`/plans/${planId}/published/${report.id}`} fw={600}>
                {t('period', { from: format.date(report.from), to: format.date(report.to) })}
              </Anchor>
              <Text size="sm" c="gray.7">
                {t('report.publishedBy', { date: format.dateTime(report.publishedAt), name: report.publishedBy })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
