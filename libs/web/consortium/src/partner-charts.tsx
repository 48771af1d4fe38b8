import { SimpleGrid } from '@mantine/core';
import { chartColours, useFormatters, type FiguresColumn, ChartWithTable } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ConsortiumPartnerFiguresFragment as Figures } from '@bridgeway/web-graphql';
import { useCountText } from './suppressed-count';

interface PartnerRow {
  key: string;
  name: string;
  hours: number;
  people: number | null;
}

const axisTick = { fontSize: 11, fill: chartColours.axis };

/** Counselling hours and people counselled per partner: bar charts with the same figures as tables. */
export function PartnerCharts({ partners }: { partners: readonly Figures[] }) {
  const { t } = useTranslation('consortium');
  const format = useFormatters();
  const countText = useCountText();
  const rows: PartnerRow[] = partners.map((figures, index) => ({
    key: figures.organisation?.id ?? `unknown-${index}`,
    name: figures.organisation?.name ?? t('partners.unknownPartner'),
    hours: figures.counsellingHours,
    people: figures.peopleCounselled,
  }));
  const partnerColumn: FiguresColumn<PartnerRow> = { key: 'partner', header: t('partners.partner'), cell: (row) => row.name };

  const chartOf = (dataKey: 'hours' | 'people', fill: string) => (
    // A suppressed count (null) draws no bar; the table says "fewer than 5".
    <BarChart layout="vertical" data={rows} accessibilityLayer={false} margin={{ left: 16 }}>
      <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={axisTick} allowDecimals={dataKey === 'hours'} />
      <YAxis type="category" dataKey="name" tick={axisTick} width={140} />
      <Bar dataKey={dataKey} fill={fill} isAnimationActive={false} />
    </BarChart>
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <ChartWithTable
        emptyText={t('partners.none')}
        title={t('charts.hoursTitle')}
        chartDescription={t('charts.hoursChart')}
        chart={chartOf('hours', chartColours.primary)}
        caption={t('charts.hoursCaption')}
        columns={[
          partnerColumn,
          { key: 'hours', header: t('partners.counsellingHours'), numeric: true, cell: (row) => format.hours(row.hours * 60) },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
      />
      <ChartWithTable
        emptyText={t('partners.none')}
        title={t('charts.peopleTitle')}
        chartDescription={t('charts.peopleChart')}
        chart={chartOf('people', chartColours.secondary)}
        caption={t('charts.peopleCaption')}
        columns={[
          partnerColumn,
          { key: 'people', header: t('partners.peopleCounselled'), numeric: true, cell: (row) => countText(row.people) },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
      />
    </SimpleGrid>
  );
}
