import { Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { AddFundingDocument, UpdateFundingDocument, type PlanFundingFragment } from '@bridgeway/web-graphql';
import { ProblemAlert } from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../shared/error-text';
import { FigureInput } from '../shared/figure-input';
import { refetchPlan, useSubmission } from '../shared/submission';
import {
  addFundingInputOf,
  emptyFundingDraft,
  fundingDraftOf,
  fundingFields,
  updateFundingInputOf,
  validateFunding,
  type FundingDraft,
  type FundingErrors,
} from './funding-draft';
import { PLAN_TEXT_MAX } from './plan-draft';

/** Money the plan is funded with: funder, amount, currency (ISO 4217), note. */
export function FundingForm({
  planId,
  funding,
  defaultCurrency,
  onSaved,
  onCancel,
}: {
  planId: string;
  funding?: PlanFundingFragment;
  /** The currency of the plan's other funding, if any. */
  defaultCurrency?: string;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('plans');
  const errorText = useErrorText();
  const [draft, setDraft] = useState<FundingDraft>(() => (funding ? fundingDraftOf(funding) : emptyFundingDraft(defaultCurrency)));
  const { formRef, errors, problem, submit } = useSubmission<FundingErrors>(fundingFields);
  const [add, adding] = useMutation(AddFundingDocument, refetchPlan);
  const [update, updating] = useMutation(UpdateFundingDocument, refetchPlan);
  const loading = adding.loading || updating.loading;
  const set = (patch: Partial<FundingDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await submit(validateFunding(draft), () =>
      funding
        ? update({ variables: { input: updateFundingInputOf(funding.id, draft) } })
        : add({ variables: { input: addFundingInputOf(planId, draft) } }),
    );
    if (saved) onSaved();
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <TextInput
          label={t('funding.funder')}
          required
          withAsterisk
          autoComplete="off"
          value={draft.funder}
          onChange={(event) => set({ funder: event.currentTarget.value })}
          error={errorText(errors.funder, PLAN_TEXT_MAX.funder)}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <FigureInput
            label={t('funding.amount')}
            required
            withAsterisk
            decimalScale={2}
            value={draft.amount}
            onChange={(value) => set({ amount: value })}
            error={errorText(errors.amount)}
          />
          <TextInput
            label={t('funding.currency')}
            description={t('funding.currencyDescription')}
            required
            withAsterisk
            maxLength={3}
            autoComplete="off"
            value={draft.currency}
            onChange={(event) => set({ currency: event.currentTarget.value.toUpperCase() })}
            error={errorText(errors.currency)}
          />
        </SimpleGrid>
        <Textarea
          label={t('funding.note')}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(event) => set({ note: event.currentTarget.value })}
          error={errorText(errors.note, PLAN_TEXT_MAX.note)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
