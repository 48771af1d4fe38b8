import { Button, Group, NativeSelect, NumberInput, Stack, Textarea } from '@mantine/core';
import { PROGRESS } from '@bridgeway/shared-domain';
import type { GoalDetailsFragment, GoalStatus } from '@bridgeway/web-graphql';
import { ProblemAlert, errorsAfterChange, useValidationMessage, type ApiProblem } from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { goalStatuses } from './goal-domains';
import { GoalConflictAlert } from './goal-conflict-alert';
import {
  maxGoalNoteLength,
  validateGoalProgress,
  type GoalProgressDraft,
  type GoalProgressErrors,
} from './goal-progress-draft';
import { useSaveGoalProgress, type GoalConflict, type GoalProgressValues } from './use-save-goal-progress';

interface GoalProgressFormProps {
  goal: GoalDetailsFragment;
  onSaved(): void;
  onCancel(): void;
}

type ConflictState = { conflict: GoalConflict | null } | null;

/**
 * Updates a goal's progress and status. Remembers the version it was opened
 * at: if someone else saved in between, the API answers CONFLICT and the form
 * shows both versions; what was typed stays until the person decides.
 */
export function GoalProgressForm({ goal, onSaved, onCancel }: GoalProgressFormProps) {
  const { t } = useTranslation('case-file');
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [baseVersion, setBaseVersion] = useState(goal.version);
  const [draft, setDraft] = useState<GoalProgressDraft>({ progress: goal.progress, status: goal.status, note: '' });
  const [errors, setErrors] = useState<GoalProgressErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [conflictState, setConflictState] = useState<ConflictState>(null);
  const { save, saving } = useSaveGoalProgress(goal.id);
  /** A shown error goes as soon as its field is valid. */
  const change = (changes: Partial<GoalProgressDraft>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    setErrors((current) => errorsAfterChange(current, validateGoalProgress(next), Object.keys(changes) as (keyof GoalProgressDraft)[]));
  };

  const attempt = async (expectedVersion: number) => {
    const found = validateGoalProgress(draft);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    const outcome = await save(expectedVersion, draft as GoalProgressValues);
    if (outcome.kind === 'saved') {
      setConflictState(null);
      onSaved();
    } else if (outcome.kind === 'conflict') setConflictState({ conflict: outcome.conflict });
    else if (outcome.kind === 'fields') setErrors(outcome.errors);
    else setProblem(outcome.problem);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void attempt(baseVersion);
  };

  const saveMineOverTheirs = () => {
    const theirs = conflictState?.conflict;
    if (!theirs) return; // without their version the person must reload
    setBaseVersion(theirs.version);
    setConflictState(null);
    void attempt(theirs.version);
  };

  /** Keeps their change: the form closes and the card shows the goal as it is now. */
  const keepTheirs = () => onCancel();

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-busy={saving}
      aria-label={t('goals.form.label', { title: goal.title })}
    >
      <Stack gap="sm">
        {conflictState && (
          <GoalConflictAlert
            conflict={conflictState.conflict}
            mine={draft as GoalProgressValues}
            saving={saving}
            onSaveMine={saveMineOverTheirs}
            onUseTheirs={keepTheirs}
          />
        )}
        {problem && (
          <ProblemAlert
            problem={problem}
            onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined}
          />
        )}
        <Group grow align="flex-start" gap="sm">
          <NumberInput
            label={t('goals.form.progress')}
            required
            withAsterisk
            min={PROGRESS.min}
            max={PROGRESS.max}
            step={5}
            clampBehavior="none"
            allowDecimal={false}
            value={draft.progress}
            onChange={(progress) => change({ progress })}
            error={validationMessage(errors.progress)}
          />
          <NativeSelect
            label={t('goals.form.status')}
            value={draft.status}
            onChange={(event) => change({ status: event.currentTarget.value as GoalStatus })}
            error={validationMessage(errors.status)}
          >
            {goalStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`goalStatus.${status}`)}
              </option>
            ))}
          </NativeSelect>
        </Group>
        <Textarea
          label={t('goals.form.note')}
          description={t('goals.form.noteDescription')}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(event) => change({ note: event.currentTarget.value })}
          error={validationMessage(errors.note, { max: maxGoalNoteLength })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={conflictState !== null}>
            {t('goals.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
