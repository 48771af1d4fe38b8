import { NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { TEXT_MAX } from '@bridgeway/shared-domain';
import { CreateGoalDocument, UpdateGoalDocument, type GoalDetailsFragment, type GoalDomain } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  apiProblemFrom,
  isIsoDate,
  submissionFailureOf,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAfterChange, focusFirstInvalid, type FormErrors } from '../forms/field-errors';
import { FormButtons } from '../forms/form-buttons';
import { goalDomains } from './goal-domains';

export interface GoalDraft {
  domain: GoalDomain | '';
  title: string;
  description: string;
  targetDate: string;
}

export type GoalField = keyof GoalDraft;
const goalFields: readonly GoalField[] = ['domain', 'title', 'description', 'targetDate'];

/** Required domain and title; the target date, when given, is a real date (it may be in the past when editing). */
export function validateGoal(draft: GoalDraft): FormErrors<GoalField> {
  const errors: FormErrors<GoalField> = {};
  if (!draft.domain) errors.domain = 'chooseOne';
  const title = draft.title.trim();
  if (!title) errors.title = 'required';
  else if (title.length > TEXT_MAX.goalTitle) errors.title = 'tooLong';
  if (draft.description.trim().length > TEXT_MAX.goalDescription) errors.description = 'tooLong';
  if (draft.targetDate && !isIsoDate(draft.targetDate)) errors.targetDate = 'dateInvalid';
  return errors;
}

interface GoalFormProps {
  residentId: string;
  /** Edits this goal (with the version it was opened at); without it, a new goal. */
  goal?: GoalDetailsFragment;
  onSaved(title: string): void;
  onCancel(): void;
}

/** A new goal in a life domain with an optional target date, or the same fields of an existing goal. */
export function GoalForm({ residentId, goal, onSaved, onCancel }: GoalFormProps) {
  const { t } = useTranslation('case-file');
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<GoalDraft>(() => ({
    domain: goal?.domain ?? '',
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    targetDate: goal?.targetDate ?? '',
  }));
  const [errors, setErrors] = useState<FormErrors<GoalField>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [conflict, setConflict] = useState(false);
  const [createGoal, creating] = useMutation(CreateGoalDocument, { refetchQueries: ['ResidentCaseFile'], awaitRefetchQueries: true });
  const [updateGoal, updating] = useMutation(UpdateGoalDocument, { refetchQueries: ['ResidentCaseFile'], awaitRefetchQueries: true });
  const saving = creating.loading || updating.loading;

  const change = (field: GoalField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setErrors((current) => errorsAfterChange(current, validateGoal(next), [field]));
  };
  const messageOf = (field: GoalField) =>
    validationMessage(errors[field] === 'beforeBirth' ? undefined : errors[field], {
      max: field === 'title' ? TEXT_MAX.goalTitle : TEXT_MAX.goalDescription,
    });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateGoal(draft);
    setErrors(found);
    setProblem(null);
    setConflict(false);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    const title = draft.title.trim();
    const description = draft.description.trim() || null;
    const targetDate = draft.targetDate || null;
    try {
      if (goal) {
        await updateGoal({
          variables: {
            input: { goalId: goal.id, expectedVersion: goal.version, domain: draft.domain as GoalDomain, title, description, targetDate },
          },
        });
      } else {
        await createGoal({ variables: { input: { residentId, domain: draft.domain as GoalDomain, title, description, targetDate } } });
      }
      onSaved(title);
    } catch (error) {
      if (apiProblemFrom(error).kind === 'conflict') return setConflict(true);
      const failure = submissionFailureOf(error, goalFields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  const label = goal ? t('forms.goal.editTitle', { title: goal.title }) : t('forms.goal.newTitle');
  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={saving} aria-label={label}>
      <Stack gap="sm">
        {conflict && (
          <Text role="alert" c="red.8" size="sm">
            {t('forms.goal.conflict')}
          </Text>
        )}
        {problem && (
          <ProblemAlert
            problem={problem}
            onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined}
          />
        )}
        <NativeSelect
          label={t('forms.goal.domain')}
          required
          withAsterisk
          value={draft.domain}
          onChange={(event) => change('domain', event.currentTarget.value)}
          error={messageOf('domain')}
        >
          <option value="">{t('forms.goal.chooseDomain')}</option>
          {goalDomains.map((domain) => (
            <option key={domain} value={domain}>
              {t(`goalDomain.${domain}`)}
            </option>
          ))}
        </NativeSelect>
        <TextInput
          label={t('forms.goal.title')}
          required
          withAsterisk
          value={draft.title}
          onChange={(event) => change('title', event.currentTarget.value)}
          error={messageOf('title')}
        />
        <Textarea
          label={t('forms.goal.description')}
          autosize
          minRows={2}
          value={draft.description}
          onChange={(event) => change('description', event.currentTarget.value)}
          error={messageOf('description')}
        />
        <TextInput
          type="date"
          label={t('forms.goal.targetDate')}
          value={draft.targetDate}
          onChange={(event) => change('targetDate', event.currentTarget.value)}
          error={messageOf('targetDate')}
        />
        <FormButtons
          submitLabel={goal ? t('forms.goal.submitEdit') : t('forms.goal.submitNew')}
          saving={saving}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
