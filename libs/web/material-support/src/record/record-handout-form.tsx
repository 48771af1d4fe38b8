import { Button, Group, NativeSelect, NumberInput, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { HANDOUT_KINDS } from '@bridgeway/shared-domain';
import { RecordHandoutDocument, type HandoutKind } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  SectionCard,
  submissionFailureOf,
  todayIsoDate,
  useFormatters,
  useValidationMessage,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from './department-select';
import {
  handoutCount,
  handoutFields,
  handoutInputOf,
  maxHandoutNoteLength,
  newHandoutDraft,
  validateHandout,
  type HandoutDraft,
  type HandoutErrors,
  type HandoutField,
  type RecipientKind,
} from './handout-draft';
import { RelativePicker, ResidentPicker } from './person-pickers';

const recipientKinds: readonly RecipientKind[] = ['ANONYMOUS', 'RESIDENT', 'RELATIVE'];

interface RecordHandoutFormProps {
  /** Managers and counsellors may name the recipient; a group leader records anonymous handouts only. */
  caseWorker: boolean;
  /** The caller's own department, preselected. */
  departmentId: string | null;
}

/** Records a handout: date (today), kind (food parcel), quantity (1), recipient, department. */
export function RecordHandoutForm({ caseWorker, departmentId }: RecordHandoutFormProps) {
  const { t } = useTranslation('material-support');
  const format = useFormatters();
  const validationMessage = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIsoDate();
  const [draft, setDraft] = useState<HandoutDraft>(() => newHandoutDraft(today, !caseWorker, departmentId));
  // The department arrives with the caller's profile: preselect it until someone chooses.
  const [departmentTouched, setDepartmentTouched] = useState(false);
  if (!departmentTouched && departmentId && draft.departmentId !== departmentId) setDraft({ ...draft, departmentId });
  const [errors, setErrors] = useState<HandoutErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordHandoutDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const set = <Field extends HandoutField>(field: Field, value: HandoutDraft[Field]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const errorOf = (field: HandoutField): string | undefined => {
    const code = errors[field];
    if (code === 'countRange') return t('record.countRange', handoutCount);
    if (code === 'chooseRecipient') return t('record.chooseRecipient');
    return validationMessage(code, { max: maxHandoutNoteLength });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateHandout(draft, todayIsoDate());
    setErrors(found);
    setProblem(null);
    setRecorded(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await record({ variables: { input: handoutInputOf(draft), caseWorker } });
      setRecorded(
        t('record.recorded', {
          quantity: format.number(Number(draft.quantity)),
          kind: t(`handoutKind.${draft.kind}`),
          date: format.date(draft.handedOutOn),
        }),
      );
      setDraft({ ...newHandoutDraft(todayIsoDate(), !caseWorker, departmentId), departmentId: draft.departmentId });
    } catch (error) {
      const failure = submissionFailureOf(error, handoutFields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors);
        focusFirstInvalid(formRef.current);
      } else setProblem(failure.problem);
    }
  };

  return (
    <SectionCard title={t('record.title')}>
      <form ref={formRef} noValidate onSubmit={submit} aria-busy={loading} aria-label={t('record.title')}>
        <Stack gap="sm">
          {problem && (
            <ProblemAlert
              problem={problem}
              onRetry={problem.kind === 'unavailable' ? () => formRef.current?.requestSubmit() : undefined}
            />
          )}
          <Group grow align="flex-start" gap="sm">
            <TextInput
              type="date"
              name="handedOutOn"
              label={t('record.handedOutOn')}
              required
              withAsterisk
              max={today}
              value={draft.handedOutOn}
              onChange={(event) => set('handedOutOn', event.currentTarget.value)}
              error={errorOf('handedOutOn')}
            />
            <NativeSelect
              name="kind"
              label={t('record.kind')}
              value={draft.kind}
              onChange={(event) => set('kind', event.currentTarget.value as HandoutKind)}
            >
              {HANDOUT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`handoutKind.${kind}`)}
                </option>
              ))}
            </NativeSelect>
            <NumberInput
              name="quantity"
              label={t('record.quantity')}
              required
              withAsterisk
              min={handoutCount.min}
              max={handoutCount.max}
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              value={draft.quantity}
              onChange={(value) => set('quantity', value)}
              error={errorOf('quantity')}
            />
          </Group>
          {caseWorker && (
            <Radio.Group
              name="recipientKind"
              label={t('record.recipient')}
              required
              withAsterisk
              value={draft.recipientKind || null}
              onChange={(value) => set('recipientKind', value as RecipientKind)}
              error={errorOf('recipientKind')}
            >
              <Group gap="md" mt={4}>
                {recipientKinds.map((kind) => (
                  <Radio key={kind} value={kind} label={t(`recipientKind.${kind}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
          {draft.recipientKind === 'ANONYMOUS' && (
            <NumberInput
              name="anonymousRecipients"
              label={t('record.anonymousRecipients')}
              description={caseWorker ? undefined : t('record.anonymousOnly')}
              required
              withAsterisk
              maw={260}
              min={handoutCount.min}
              max={handoutCount.max}
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              value={draft.anonymousRecipients}
              onChange={(value) => set('anonymousRecipients', value)}
              error={errorOf('anonymousRecipients')}
            />
          )}
          {draft.recipientKind === 'RESIDENT' && (
            <ResidentPicker
              value={draft.residentId}
              onChange={(id) => set('residentId', id)}
              error={errorOf('residentId')}
            />
          )}
          {draft.recipientKind === 'RELATIVE' && (
            <RelativePicker
              value={draft.relativeId}
              onChange={(id) => set('relativeId', id)}
              error={errorOf('relativeId')}
            />
          )}
          <DepartmentSelect
            value={draft.departmentId}
            onChange={(id) => {
              setDepartmentTouched(true);
              set('departmentId', id);
            }}
          />
          <Textarea
            name="note"
            label={t('record.note')}
            autosize
            minRows={2}
            value={draft.note}
            onChange={(event) => set('note', event.currentTarget.value)}
            error={errorOf('note')}
          />
          <Group justify="space-between" align="center">
            <Text role="status" size="sm" c="teal.9" data-testid="handout-recorded">
              {recorded ?? ''}
            </Text>
            <Button type="submit" loading={loading}>
              {t('record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  // Mantine sets aria-invalid on the next render.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
