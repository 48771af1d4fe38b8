import { Group, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { AssessmentInstrumentItemsDocument, RecordAssessmentDocument } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  QueryState,
  dateFieldCode,
  submissionFailureOf,
  todayIsoDate,
  useFormatters,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAfterChange, focusFirstInvalid, type FormErrors } from '../forms/field-errors';
import { FormButtons } from '../forms/form-buttons';

export const barcCode = 'BARC-10';

type Instrument = { itemMin: number; itemMax: number; items: readonly { key: string; text: string }[] };

interface RecordAssessmentFormProps {
  residentId: string;
  onSaved(message: string): void;
  onCancel(): void;
}

/** BARC-10 item by item: the ten statements in the user's language, each scored, the total shown as they go. */
export function RecordAssessmentForm(props: RecordAssessmentFormProps) {
  const { i18n } = useTranslation('case-file');
  const locale = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  const { data, loading, error, refetch } = useQuery(AssessmentInstrumentItemsDocument, { variables: { locale } });
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {(result) => {
        const instrument = result.assessmentInstruments.find((candidate) => candidate.code === barcCode);
        return instrument ? <ScoresForm {...props} instrument={instrument} /> : <Loader size="sm" />;
      }}
    </QueryState>
  );
}

type Field = 'takenOn' | 'scores' | `item${number}`;

function validate(takenOn: string, scores: readonly (number | null)[], today: string): FormErrors<Field> {
  const errors: FormErrors<Field> = {};
  const date = dateFieldCode(takenOn, today);
  if (date) errors.takenOn = date;
  scores.forEach((score, index) => {
    if (score === null) errors[`item${index}`] = 'chooseOne';
  });
  return errors;
}

function ScoresForm({ residentId, instrument, onSaved, onCancel }: RecordAssessmentFormProps & { instrument: Instrument }) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIsoDate();
  const [takenOn, setTakenOn] = useState(today);
  const [scores, setScores] = useState<(number | null)[]>(() => instrument.items.map(() => null));
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // The case file's query is active: refetching it redraws the trend with the new total.
  const [record, { loading }] = useMutation(RecordAssessmentDocument, { refetchQueries: ['ResidentCaseFile'], awaitRefetchQueries: true });
  const values = Array.from({ length: instrument.itemMax - instrument.itemMin + 1 }, (_, i) => instrument.itemMin + i);
  const answered = scores.filter((score): score is number => score !== null);
  const total = answered.reduce((sum, score) => sum + score, 0);

  const setScore = (index: number, value: number) => {
    const next = scores.map((score, i) => (i === index ? value : score));
    setScores(next);
    setErrors((current) => errorsAfterChange(current, validate(takenOn, next, today), [`item${index}`, 'scores']));
  };
  const changeDate = (value: string) => {
    setTakenOn(value);
    setErrors((current) => errorsAfterChange(current, validate(value, scores, today), ['takenOn']));
  };
  const messageOf = (field: Field) => {
    const code = errors[field];
    return code === 'beforeBirth' ? undefined : validationMessage(code);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(takenOn, scores, today);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    try {
      await record({ variables: { input: { residentId, instrumentCode: barcCode, takenOn, scores: answered } } });
      onSaved(t('forms.assessment.saved', { date: format.date(takenOn), total }));
    } catch (error) {
      const failure = submissionFailureOf<Field>(error, ['takenOn', 'scores']);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading} aria-label={t('forms.assessment.title')}>
      <Stack gap="md">
        {problem && (
          <ProblemAlert
            problem={problem}
            onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined}
          />
        )}
        <TextInput
          type="date"
          label={t('forms.assessment.takenOn')}
          required
          withAsterisk
          max={today}
          value={takenOn}
          onChange={(event) => changeDate(event.currentTarget.value)}
          error={messageOf('takenOn')}
        />
        <Text size="sm" c="gray.7">
          {t('forms.assessment.scale', { min: instrument.itemMin, max: instrument.itemMax })}
        </Text>
        {instrument.items.map((item, index) => (
          <Radio.Group
            key={item.key}
            label={`${index + 1}. ${item.text}`}
            required
            withAsterisk
            value={scores[index] === null ? null : String(scores[index])}
            onChange={(value) => setScore(index, Number(value))}
            error={messageOf(`item${index}`)}
          >
            <Group gap="sm" mt={4}>
              {values.map((value) => (
                <Radio key={value} value={String(value)} label={String(value)} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        {errors.scores && (
          <Text role="alert" c="red.8" size="sm">
            {messageOf('scores')}
          </Text>
        )}
        <Text fw={600} role="status" data-testid="assessment-total">
          {t('forms.assessment.total', {
            total,
            answered: answered.length,
            items: instrument.items.length,
          })}
        </Text>
        <FormButtons submitLabel={t('forms.assessment.submit')} saving={loading} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
