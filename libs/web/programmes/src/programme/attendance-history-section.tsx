import { Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ProgrammeAttendanceHistoryDocument } from '@bridgeway/web-graphql';
import {
  ChartBox,
  FiguresTable,
  QueryState,
  SectionCard,
  chartColours,
  chartInitialSize,
  isoDate,
  useFormatters,
  type FiguresColumn,
} from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useMeetingTime } from '../shared/meeting-time';
import type { ProgrammeDetails } from './programme-page';

/** Months of attendance the chart shows. */
const months = 6;

interface Row {
  meetingId: string;
  startsAt: string;
  named: number;
  guests: number;
}

/** Six months up to today, or up to the programme's last day when it ended earlier. */
export function historyPeriod(endsOn: string | null, now: Date = new Date()): { from: string; to: string } {
  const today = isoDate(now);
  const [year, month, day] = (endsOn && endsOn < today ? endsOn : today).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return { from: isoDate(new Date(year, month - 1 - months, day)), to: isoDate(new Date(year, month - 1, day)) };
}

/** Attendance at the held meetings of six months: a stacked bar chart and the same figures as a table. */
export function AttendanceHistorySection({ programme }: { programme: Pick<ProgrammeDetails, 'id' | 'endsOn'> }) {
  const { t } = useTranslation('programmes');
  const format = useFormatters();
  const time = useMeetingTime();
  const [period] = useState(() => historyPeriod(programme.endsOn));
  const { data, loading, error, refetch } = useQuery(ProgrammeAttendanceHistoryDocument, {
    variables: { id: programme.id, ...period },
    fetchPolicy: 'cache-and-network',
  });
  const columns: FiguresColumn<Row>[] = [
    { key: 'meeting', header: t('history.meeting'), cell: (row) => time.day(row.startsAt) },
    { key: 'named', header: t('history.named'), numeric: true, cell: (row) => format.number(row.named) },
    { key: 'guests', header: t('history.guests'), numeric: true, cell: (row) => format.number(row.guests) },
    { key: 'total', header: t('history.total'), numeric: true, cell: (row) => format.number(row.named + row.guests) },
  ];
  return (
    <SectionCard title={t('history.title')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {(result) => {
          const rows = result.programme?.attendanceHistory ?? [];
          if (rows.length === 0)
            return <Text c="gray.7">{t('history.empty', { from: format.date(period.from) })}</Text>;
          const newestFirst = [...rows].reverse();
          return (
            <Stack gap="xs">
              <ChartBox description={t('history.chartDescription', { from: format.date(period.from) })}>
                <ResponsiveContainer width="100%" height="100%" initialDimension={chartInitialSize}>
                  <BarChart
                    data={rows.map((row) => ({ label: time.day(row.startsAt), named: row.named, guests: row.guests }))}
                    accessibilityLayer={false}
                  >
                    <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="label" tick={{ fontSize: 11, fill: chartColours.axis }} />
                    <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: chartColours.axis }} width={32} />
                    <Legend />
                    <Bar
                      dataKey="named"
                      name={t('history.named')}
                      stackId="people"
                      fill={chartColours.primary}
                      isAnimationActive={false}
                    />
                    <Bar
                      dataKey="guests"
                      name={t('history.guests')}
                      stackId="people"
                      fill={chartColours.accent}
                      isAnimationActive={false}
                    />
                  </BarChart>
                </ResponsiveContainer>
              </ChartBox>
              <FiguresTable
                caption={t('history.caption')}
                columns={columns}
                rows={newestFirst}
                rowKey={(row) => row.meetingId}
                emptyText={t('history.empty', { from: format.date(period.from) })}
              />
            </Stack>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
