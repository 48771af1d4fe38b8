import type { AddFundingInput, PlanFundingFragment, UpdateFundingInput } from '@bridgeway/web-graphql';
import type { PlanErrorCode } from '../shared/error-text';
import { figureOf, type NumberValue } from './numbers';
import { PLAN_TEXT_MAX } from './plan-draft';

export interface FundingDraft {
  funder: string;
  amount: NumberValue;
  /** ISO 4217, e.g. NOK or EUR. */
  currency: string;
  note: string;
}

export const fundingFields = ['funder', 'amount', 'currency', 'note'] as const;
export type FundingField = (typeof fundingFields)[number];
export type FundingErrors = Partial<Record<FundingField, PlanErrorCode>>;

export function emptyFundingDraft(currency = ''): FundingDraft {
  return { funder: '', amount: '', currency, note: '' };
}

export function fundingDraftOf(funding: PlanFundingFragment): FundingDraft {
  return { funder: funding.funder, amount: funding.amount, currency: funding.currency, note: funding.note ?? '' };
}

/** A funder, an amount from 0 with at most two decimals, a three-letter currency code. */
export function validateFunding(draft: FundingDraft): FundingErrors {
  const errors: FundingErrors = {};
  if (!draft.funder.trim()) errors.funder = 'required';
  else if (draft.funder.trim().length > PLAN_TEXT_MAX.funder) errors.funder = 'tooLong';
  const amount = figureOf(draft.amount, { required: true, decimals: 2 });
  if (amount.code) errors.amount = amount.code;
  if (!draft.currency.trim()) errors.currency = 'required';
  else if (!/^[A-Za-z]{3}$/.test(draft.currency.trim())) errors.currency = 'currencyInvalid';
  if (draft.note.trim().length > PLAN_TEXT_MAX.note) errors.note = 'tooLong';
  return errors;
}

function fundingFieldsOf(draft: FundingDraft) {
  return {
    funder: draft.funder.trim(),
    amount: figureOf(draft.amount, { required: true, decimals: 2 }).value ?? 0,
    currency: draft.currency.trim().toUpperCase(),
    note: draft.note.trim() || null,
  };
}

export function addFundingInputOf(planId: string, draft: FundingDraft): AddFundingInput {
  return { planId, ...fundingFieldsOf(draft) };
}

export function updateFundingInputOf(fundingId: string, draft: FundingDraft): UpdateFundingInput {
  return { fundingId, ...fundingFieldsOf(draft) };
}
