import { Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { SetIndicatorCommentDocument, type IndicatorProgressRowFragment } from '@bridgeway/web-graphql';
import { ProblemAlert, apiProblemFrom, useFormatters, type ApiProblem, type Period } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorMetricText } from '../plan/objectives-section';
import { PLAN_TEXT_MAX } from '../plan/plan-draft';
import { useFigureText } from '../shared/figures';
import { IndicatorStatusBadge } from './status-badge';

interface ProgressTableProps {
  caption: string;
  rows: readonly IndicatorProgressRowFragment[];
  /** The report's period (comments belong to it); none: a published report, read only. */
  commentsFor?: Period;
  /** A published report shows its frozen figures and what the records give now where they differ. */
  published?: boolean;
}

/** Each indicator: actual, target, % of target, expected by now, status (badge with its word) and the comment. */
export function ProgressTable({ caption, rows, commentsFor, published = false }: ProgressTableProps) {
  const { t } = useTranslation('plans');
  const figureText = useFigureText();
  const format = useFormatters();
  return (
    <Table.ScrollContainer minWidth={900} type="native" tabIndex={0}>
      <Table striped verticalSpacing="xs" captionSide="top">
        {/* At the start, not centred: on a phone the wide table scrolls and a centred caption is out of view. */}
        <Table.Caption ta="start">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('report.columns.indicator')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('report.columns.actual')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('report.columns.target')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('report.columns.percentOfTarget')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('report.columns.expectedByNow')}
            </Table.Th>
            <Table.Th scope="col">{t('report.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('report.columns.comment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { indicator } = row;
            return (
              <Table.Tr key={indicator.id} data-testid="progress-row" data-indicator={indicator.id}>
                <Table.Th scope="row" fw="normal" miw={180}>
                  <Text fw={600} size="sm">
                    {indicator.name}
                  </Text>
                  <IndicatorMetricText indicator={indicator} />
                </Table.Th>
                <Table.Td ta="right" data-figure="actual">
                  {row.hasActual ? figureText(indicator.unit, row.actual) : t('report.noFigure')}
                  {row.changedSincePublished && (
                    <Text size="xs" c="red.9" fw={600} data-testid="changed-since-published">
                      {published
                        ? t('report.changedNow', { now: row.liveActual === null ? t('report.noFigure') : figureText(indicator.unit, row.liveActual) })
                        : t('report.changedSincePublished', {
                            was: row.publishedActual === null ? t('report.noFigure') : figureText(indicator.unit, row.publishedActual),
                          })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" data-figure="target">
                  {figureText(indicator.unit, row.target)}
                </Table.Td>
                <Table.Td ta="right" data-figure="percentOfTarget">
                  {row.percentOfTarget === null ? '—' : format.percent(row.percentOfTarget)}
                </Table.Td>
                <Table.Td ta="right" data-figure="expectedByNow">
                  {figureText(indicator.unit, row.expectedByNow)}
                </Table.Td>
                <Table.Td>
                  <IndicatorStatusBadge status={row.status} />
                </Table.Td>
                <Table.Td miw={240}>
                  {commentsFor ? <CommentEditor row={row} period={commentsFor} /> : <CommentText row={row} />}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CommentText({ row }: { row: IndicatorProgressRowFragment }) {
  const { t } = useTranslation('plans');
  const format = useFormatters();
  if (!row.comment) return <Text size="sm" c="gray.7">{t('report.noComment')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="indicator-comment">
        {row.comment.comment}
      </Text>
      <Text size="xs" c="gray.7">
        {t('report.commentBy', { name: row.comment.updatedBy, date: format.dateTime(row.comment.updatedAt) })}
      </Text>
    </Stack>
  );
}

/** The comment on an indicator for this period, edited in place (blank removes it). */
function CommentEditor({ row, period }: { row: IndicatorProgressRowFragment; period: Period }) {
  const { t } = useTranslation('plans');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [tooLong, setTooLong] = useState(false);
  const [save, { loading }] = useMutation(SetIndicatorCommentDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const name = row.indicator.name;

  if (!editing) {
    return (
      <Stack gap={4} align="flex-start">
        <CommentText row={row} />
        <Button
          size="compact-xs"
          variant="default"
          aria-label={row.comment ? t('report.editCommentOf', { name }) : t('report.addCommentOf', { name })}
          onClick={() => {
            setText(row.comment?.comment ?? '');
            setProblem(null);
            setTooLong(false);
            setEditing(true);
          }}
        >
          {row.comment ? t('report.editComment') : t('report.addComment')}
        </Button>
      </Stack>
    );
  }

  const submit = async () => {
    const comment = text.trim();
    setTooLong(comment.length > PLAN_TEXT_MAX.comment);
    if (comment.length > PLAN_TEXT_MAX.comment) return;
    setProblem(null);
    try {
      await save({ variables: { indicatorId: row.indicator.id, ...period, comment } });
      setEditing(false);
    } catch (error) {
      setProblem(apiProblemFrom(error));
    }
  };

  return (
    <Stack gap={4}>
      {problem && <ProblemAlert problem={problem} />}
      <Textarea
        label={t('report.commentLabel', { name })}
        autosize
        minRows={2}
        autoFocus
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={tooLong ? t('report.commentTooLong', { max: PLAN_TEXT_MAX.comment }) : undefined}
      />
      <Group gap="xs">
        <Button size="compact-sm" loading={loading} onClick={() => void submit()}>
          {t('report.saveComment')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setEditing(false)}>
          {t('actions.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
