import { Stack, Text } from '@mantine/core';
import type { ProgressReportViewFragment } from '@bridgeway/web-graphql';
import { SectionCard, useFormatters, type Period } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { MilestonesTable } from '../plan/milestones-section';
import { statusRuleText } from '../shared/status-rule';
import { ProgressTable } from './progress-table';
import { rowsByObjective } from './report-rows';
import { TrendCharts } from './trend-charts';

/**
 * A progress report's content, live or as published: the indicators by objective, their trend
 * month by month, the milestones due. `commentsFor`: the live report's period (comments editable).
 */
export function ReportBody({ report, commentsFor }: { report: ProgressReportViewFragment; commentsFor?: Period }) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  const period = { from: format.date(report.from), to: format.date(report.to) };
  const groups = rowsByObjective(report);
  return (
    <Stack gap="lg">
      <SectionCard title={t('report.indicatorsTitle')}>
        <Stack gap="md">
          <Text size="sm" c="gray.7">
            {t(statusRuleText)}
          </Text>
          {groups.length === 0 ? (
            <Text role="status">{t('report.noIndicators')}</Text>
          ) : (
            groups.map((group) => (
              <ProgressTable
                key={group.key}
                caption={group.title ? t('report.objectiveCaption', { objective: group.title, ...period }) : t('report.otherIndicators')}
                rows={group.rows}
                commentsFor={commentsFor}
                published={!commentsFor}
              />
            ))
          )}
        </Stack>
      </SectionCard>
      {report.rows.length > 0 && (
        <SectionCard title={t('report.trend.title')}>
          <TrendCharts rows={report.rows} />
        </SectionCard>
      )}
      <SectionCard title={t('report.milestonesTitle')}>
        {report.milestonesDue.length === 0 ? (
          <Text c="gray.7">{t('report.noMilestones')}</Text>
        ) : (
          <MilestonesTable milestones={report.milestonesDue} caption={t('report.milestonesCaption', period)} />
        )}
      </SectionCard>
    </Stack>
  );
}
