import { Stack, Text } from '@mantine/core';
import type { GoalDetailsFragment } from '@bridgeway/web-graphql';
import {
  ChartBox,
  FiguresTable,
  chartColours,
  chartInitialSize,
  useFormatters,
  type FiguresColumn,
} from '@bridgeway/web-components';
import { PROGRESS } from '@bridgeway/shared-domain';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

type HistoryEntry = GoalDetailsFragment['history'][number];

/** The goal's progress over time as a chart, and every change in a table. */
export function GoalHistory({ goal }: { goal: GoalDetailsFragment }) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  const entries = [...goal.history].sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  const points = entries.map((entry) => ({ at: format.dateTime(entry.changedAt), progress: entry.toProgress }));

  const columns: FiguresColumn<HistoryEntry>[] = [
    { key: 'when', header: t('goals.history.when'), cell: (entry) => format.dateTime(entry.changedAt) },
    { key: 'who', header: t('goals.history.who'), cell: (entry) => entry.changedBy?.displayName ?? t('unknownUser') },
    {
      key: 'progress',
      header: t('goals.history.progress'),
      numeric: true,
      cell: (entry) =>
        entry.fromProgress === null
          ? format.percent(entry.toProgress)
          : `${format.percent(entry.fromProgress)} → ${format.percent(entry.toProgress)}`,
    },
    {
      key: 'status',
      header: t('goals.history.status'),
      cell: (entry) =>
        entry.fromStatus === null || entry.fromStatus === entry.toStatus
          ? t(`goalStatus.${entry.toStatus}`)
          : `${t(`goalStatus.${entry.fromStatus}`)} → ${t(`goalStatus.${entry.toStatus}`)}`,
    },
    { key: 'note', header: t('goals.history.note'), cell: (entry) => entry.note ?? '' },
  ];

  if (entries.length === 0) return <Text c="gray.7">{t('goals.history.empty')}</Text>;

  return (
    <Stack gap="sm">
      {points.length > 1 && (
        <ChartBox description={t('goals.history.chartDescription', { title: goal.title })} height={180}>
          <ResponsiveContainer width="100%" height="100%" initialDimension={chartInitialSize}>
            <LineChart data={points} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" />
              <XAxis dataKey="at" tick={{ fontSize: 11, fill: chartColours.axis }} minTickGap={24} />
              <YAxis domain={[PROGRESS.min, PROGRESS.max]} tick={{ fontSize: 11, fill: chartColours.axis }} width={36} />
              <Line
                type="stepAfter"
                dataKey="progress"
                stroke={chartColours.primary}
                strokeWidth={2}
                dot
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </ChartBox>
      )}
      <FiguresTable
        caption={t('goals.history.caption', { title: goal.title })}
        columns={columns}
        rows={[...entries].reverse()}
        rowKey={(entry) => entry.id}
        emptyText={t('goals.history.empty')}
      />
    </Stack>
  );
}
