import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../shared/error-text';
import { PLAN_TEXT_MAX, type PlanDraft, type PlanErrors } from './plan-draft';

/** Name, period and description, shared by "New plan" and "Edit plan". */
export function PlanFields({ draft, errors, onChange }: { draft: PlanDraft; errors: PlanErrors; onChange(patch: Partial<PlanDraft>): void }) {
  const { t } = useTranslation('plans');
  const errorText = useErrorText();
  return (
    <>
      <TextInput
        label={t('form.name')}
        required
        withAsterisk
        autoComplete="off"
        value={draft.name}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
        error={errorText(errors.name, PLAN_TEXT_MAX.name)}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('form.periodStart')}
          required
          withAsterisk
          value={draft.periodStart}
          onChange={(event) => onChange({ periodStart: event.currentTarget.value })}
          error={errorText(errors.periodStart)}
        />
        <TextInput
          type="date"
          label={t('form.periodEnd')}
          required
          withAsterisk
          value={draft.periodEnd}
          onChange={(event) => onChange({ periodEnd: event.currentTarget.value })}
          error={errorText(errors.periodEnd)}
        />
      </SimpleGrid>
      <Textarea
        label={t('form.description')}
        autosize
        minRows={2}
        value={draft.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={errorText(errors.description, PLAN_TEXT_MAX.description)}
      />
    </>
  );
}
