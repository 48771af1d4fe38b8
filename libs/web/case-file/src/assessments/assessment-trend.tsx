import { Button, Stack, Text } from '@mantine/core';
import {
  ChartBox,
  FiguresTable,
  FormDialog,
  SectionCard,
  chartColours,
  chartInitialSize,
  useFormatters,
  type FiguresColumn,
} from '@bridgeway/web-components';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { CaseFileAssessment } from '../case-file-types';
import { useResidentId } from '../forms/use-resident-id';
import { RecordAssessmentForm } from './record-assessment-form';

/** BARC-10 totals range from 10 (ten items scored 1) to 60 (ten items scored 6). */
const barcRange: [number, number] = [10, 60];

/** Recovery capital over time: the BARC-10 totals as a line, and as a table. */
export function AssessmentTrend({ assessments }: { assessments: readonly CaseFileAssessment[] }) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  const residentId = useResidentId();
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const ordered = [...assessments].sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  const points = ordered.map((assessment) => ({ on: format.date(assessment.takenOn), total: assessment.total }));
  const columns: FiguresColumn<CaseFileAssessment>[] = [
    { key: 'takenOn', header: t('assessments.takenOn'), cell: (assessment) => format.date(assessment.takenOn) },
    {
      key: 'total',
      header: t('assessments.total'),
      numeric: true,
      cell: (assessment) => format.number(assessment.total),
    },
  ];
  return (
    <SectionCard
      title={t('assessments.title')}
      actions={
        <Button size="xs" onClick={() => setRecording(true)}>
          {t('forms.assessment.open')}
        </Button>
      }
    >
      <Stack gap="sm">
        <Text role="status" size="sm" c="teal.9">
          {saved ?? ''}
        </Text>
        <FormDialog opened={recording} onClose={() => setRecording(false)} title={t('forms.assessment.title')}>
          <RecordAssessmentForm
            residentId={residentId}
            onSaved={(message) => {
              setRecording(false);
              setSaved(message);
            }}
            onCancel={() => setRecording(false)}
          />
        </FormDialog>
        <Text size="sm" c="gray.7">
          {t('assessments.description')}
        </Text>
        {ordered.length > 1 && (
          <ChartBox description={t('assessments.chartDescription')} height={200}>
            <ResponsiveContainer width="100%" height="100%" initialDimension={chartInitialSize}>
              <LineChart data={points} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" />
                <XAxis dataKey="on" tick={{ fontSize: 11, fill: chartColours.axis }} minTickGap={24} />
                <YAxis domain={barcRange} tick={{ fontSize: 11, fill: chartColours.axis }} width={36} />
                <Line
                  type="monotone"
                  dataKey="total"
                  stroke={chartColours.secondary}
                  strokeWidth={2}
                  dot
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </ChartBox>
        )}
        <FiguresTable
          caption={t('assessments.caption')}
          columns={columns}
          rows={[...ordered].reverse()}
          rowKey={(assessment) => assessment.id}
          emptyText={t('assessments.empty')}
        />
      </Stack>
    </SectionCard>
  );
}
