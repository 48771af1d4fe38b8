import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CONTACT_CHANNELS, HELPLINE_TOPICS } from '@bridgeway/shared-domain';
import { OverviewHelplineFiguresDocument, type ContactChannel } from '@bridgeway/web-graphql';
import { QueryState, SectionCard, chartColours, useFormatters, type FiguresColumn, ChartWithTable, type Period } from '@bridgeway/web-components';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { HeadlineFigures } from './headline-figures';
import { byChannel, byMonth, topicsIn, type TopicBreakdown, type TopicKey } from './helpline-counts';
import { seriesColours } from './series-colours';

/** The helpline in the period (and department): key figures, and contacts by month and by channel, per topic. */
export function HelplineFiguresSection({ period, departmentId }: { period: Period; departmentId: string | null }) {
  const { t } = useTranslation('manager');
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(OverviewHelplineFiguresDocument, {
    variables: { ...period, departmentId },
    fetchPolicy: 'cache-and-network',
  });
  const topicLabel = (topic: TopicKey) => t(`helpline.topic.${topic}`);
  const topicColumns = <Key extends string>(topics: readonly TopicKey[]): FiguresColumn<TopicBreakdown<Key>>[] =>
    topics.map((topic) => ({
      key: topic,
      header: topicLabel(topic),
      numeric: true,
      cell: (row) => format.number(row.byTopic[topic] ?? 0),
    }));
  const chartData = <Key extends string>(
    rows: readonly TopicBreakdown<Key>[],
    label: (key: Key) => string,
    topics: readonly TopicKey[],
  ) =>
    rows.map((row) => ({
      label: label(row.key),
      ...Object.fromEntries(topics.map((topic) => [topic, row.byTopic[topic] ?? 0])),
    }));
  const bars = (topics: readonly TopicKey[]) =>
    topics.map((topic, index) => (
      <Bar
        key={topic}
        dataKey={topic}
        name={topicLabel(topic)}
        stackId="topics"
        fill={seriesColours[index % seriesColours.length]}
        isAnimationActive={false}
      />
    ));

  return (
    <SectionCard title={t('helpline.title')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ helplineFigures: figures }) => {
          const topics = topicsIn(figures.counts, HELPLINE_TOPICS);
          const months = byMonth(figures.counts);
          const channels = byChannel(figures.counts, CONTACT_CHANNELS);
          const channelLabel = (channel: ContactChannel) => t(`helpline.channel.${channel}`);
          return (
            <Stack gap="lg">
              <HeadlineFigures
                testIdPrefix="helpline-figure"
                figures={[
                  {
                    id: 'contacts',
                    label: t('helpline.contacts'),
                    value: format.number(figures.contacts),
                  },
                  {
                    id: 'hours',
                    label: t('helpline.hours'),
                    value: format.hours(figures.contactMinutes),
                  },
                  {
                    id: 'anonymous',
                    label: t('helpline.anonymousContacts'),
                    value: format.number(figures.anonymousContacts),
                  },
                  {
                    id: 'bereaved',
                    label: t('helpline.bereavedFollowedUp'),
                    value: format.number(figures.bereavedFollowedUp),
                  },
                ]}
              />
              {figures.counts.length === 0 ? (
                <Text c="gray.7">{t('noData')}</Text>
              ) : (
                <>
                  <Text size="sm" c="gray.7">
                    {t('helpline.topicNote')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                    <ChartWithTable
                      emptyText={t('noData')}
                      title={t('helpline.byMonth')}
                      chartDescription={t('helpline.byMonthChart')}
                      chart={
                        <BarChart
                          data={chartData(months, (month) => format.month(month), topics)}
                          accessibilityLayer={false}
                        >
                          <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={false} />
                          <XAxis dataKey="label" tick={{ fontSize: 11, fill: chartColours.axis }} />
                          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: chartColours.axis }} width={40} />
                          <Legend />
                          {bars(topics)}
                        </BarChart>
                      }
                      caption={t('helpline.byMonthCaption')}
                      columns={[
                        {
                          key: 'month',
                          header: t('helpline.month'),
                          cell: (row) => format.month(row.key),
                        },
                        ...topicColumns<string>(topics),
                      ]}
                      rows={months}
                      rowKey={(row) => row.key}
                    />
                    <ChartWithTable
                      emptyText={t('noData')}
                      title={t('helpline.byChannel')}
                      chartDescription={t('helpline.byChannelChart')}
                      chart={
                        <BarChart
                          layout="vertical"
                          data={chartData(channels, channelLabel, topics)}
                          accessibilityLayer={false}
                          margin={{ left: 16 }}
                        >
                          <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" horizontal={false} />
                          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: chartColours.axis }} />
                          <YAxis
                            type="category"
                            dataKey="label"
                            tick={{ fontSize: 11, fill: chartColours.axis }}
                            width={90}
                          />
                          <Legend />
                          {bars(topics)}
                        </BarChart>
                      }
                      caption={t('helpline.byChannelCaption')}
                      columns={[
                        {
                          key: 'channel',
                          header: t('helpline.channelHeader'),
                          cell: (row) => channelLabel(row.key),
                        },
                        ...topicColumns<ContactChannel>(topics),
                      ]}
                      rows={channels}
                      rowKey={(row) => row.key}
                    />
                  </SimpleGrid>
                </>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
