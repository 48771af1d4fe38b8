import { Badge, Button, Collapse, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { GoalDetailsFragment } from '@bridgeway/web-graphql';
import { FormDialog, useFormatters } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoalForm } from './goal-form';
import { GoalHistory } from './goal-history';
import { GoalProgressForm } from './goal-progress-form';

// Filled with white text (≥ 4.5:1), except "planned", which is outlined: nothing has happened yet.
const statusBadge = {
  PLANNED: { color: 'gray.7', variant: 'outline' },
  IN_PROGRESS: { color: 'indigo.7', variant: 'filled' },
  ACHIEVED: { color: 'teal.9', variant: 'filled' },
  ABANDONED: { color: 'gray.7', variant: 'filled' },
} as const;

interface GoalCardProps {
  goal: GoalDetailsFragment;
  /** Called with the message to announce (progress saved, goal edited). */
  onSaved(message: string): void;
}

/** One goal: progress, status, and the buttons to update it or see its history. */
export function GoalCard({ goal, onSaved }: GoalCardProps) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [editingGoal, setEditingGoal] = useState(false);
  const historyId = `goal-history-${goal.id}`;

  return (
    <Paper withBorder p="md" component="article" aria-label={goal.title} data-testid="goal-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={4} size="h5">
            {goal.title}
          </Title>
          <Badge {...statusBadge[goal.status]} data-testid="goal-status">
            {t(`goalStatus.${goal.status}`)}
          </Badge>
        </Group>
        {goal.description && <Text size="sm">{goal.description}</Text>}
        <Group gap="sm" wrap="nowrap">
          <Progress value={goal.progress} flex={1} aria-label={t('goals.progressLabel', { title: goal.title })} />
          <Text size="sm" fw={600} miw={48} ta="right" data-testid="goal-progress">
            {format.percent(goal.progress)}
          </Text>
        </Group>
        {goal.targetDate && (
          <Text size="sm" c="gray.7">
            {t('goals.targetDate', { date: format.date(goal.targetDate) })}
          </Text>
        )}
        {editing ? (
          <GoalProgressForm
            goal={goal}
            onSaved={() => {
              setEditing(false);
              onSaved(t('goals.saved', { title: goal.title }));
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Group gap="xs">
            <Button size="xs" onClick={() => setEditing(true)}>
              {t('goals.update')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditingGoal(true)}>
              {t('forms.goal.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              aria-expanded={historyOpen}
              aria-controls={historyId}
              onClick={() => setHistoryOpen((open) => !open)}
            >
              {historyOpen ? t('goals.hideHistory') : t('goals.showHistory')}
            </Button>
          </Group>
        )}
        <Collapse expanded={historyOpen} id={historyId}>
          {historyOpen && <GoalHistory goal={goal} />}
        </Collapse>
        <FormDialog opened={editingGoal} onClose={() => setEditingGoal(false)} title={t('forms.goal.editTitle', { title: goal.title })}>
          <GoalForm
            residentId=""
            goal={goal}
            onSaved={(title) => {
              setEditingGoal(false);
              onSaved(t('forms.goal.edited', { title }));
            }}
            onCancel={() => setEditingGoal(false)}
          />
        </FormDialog>
      </Stack>
    </Paper>
  );
}
