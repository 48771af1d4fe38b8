import { isIsoDate } from '@bridgeway/web-components';
import type { CreateStrategicPlanInput, PlanEditorFragment, UpdateStrategicPlanInput } from '@bridgeway/web-graphql';
import type { PlanErrorCode } from '../shared/error-text';
import { monthsBetween } from '../shared/plan-period';

/** The API's limits of a plan (libs/api/plans/src/plan-limits.ts). */
export const PLAN_TEXT_MAX = { name: 200, description: 4000, title: 300, note: 2000, comment: 4000, funder: 200 } as const;
/** A plan runs less than 120 months. */
export const PLAN_MONTHS_MAX = 120;

/** The plan's own fields as typed; `consortiumId` only when a coordinator creates one. */
export interface PlanDraft {
  name: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  consortiumId: string;
}

export const planFields = ['name', 'description', 'periodStart', 'periodEnd', 'consortiumId'] as const;
export type PlanField = (typeof planFields)[number];
export type PlanErrors = Partial<Record<PlanField, PlanErrorCode>>;

export const emptyPlanDraft: PlanDraft = { name: '', description: '', periodStart: '', periodEnd: '', consortiumId: '' };

export function planDraftOf(plan: Pick<PlanEditorFragment, 'name' | 'description' | 'periodStart' | 'periodEnd'>): PlanDraft {
  return { name: plan.name, description: plan.description ?? '', periodStart: plan.periodStart, periodEnd: plan.periodEnd, consortiumId: '' };
}

/** The API's rules, checked before sending; a coordinator's new plan also needs its consortium. */
export function validatePlan(draft: PlanDraft, { needsConsortium = false } = {}): PlanErrors {
  const errors: PlanErrors = {};
  if (!draft.name.trim()) errors.name = 'required';
  else if (draft.name.trim().length > PLAN_TEXT_MAX.name) errors.name = 'tooLong';
  if (draft.description.trim().length > PLAN_TEXT_MAX.description) errors.description = 'tooLong';
  if (!draft.periodStart) errors.periodStart = 'dateRequired';
  else if (!isIsoDate(draft.periodStart)) errors.periodStart = 'dateInvalid';
  if (!draft.periodEnd) errors.periodEnd = 'dateRequired';
  else if (!isIsoDate(draft.periodEnd)) errors.periodEnd = 'dateInvalid';
  if (!errors.periodStart && !errors.periodEnd) {
    if (draft.periodEnd <= draft.periodStart) errors.periodEnd = 'endNotAfterStart';
    else if (monthsBetween(draft.periodStart, draft.periodEnd) >= PLAN_MONTHS_MAX) errors.periodEnd = 'periodTooLong';
  }
  if (needsConsortium && !draft.consortiumId) errors.consortiumId = 'chooseOne';
  return errors;
}

export function createPlanInputOf(draft: PlanDraft): CreateStrategicPlanInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    consortiumId: draft.consortiumId || null,
  };
}

/** Every field of the plan is sent, so what the editor shows is what is saved. */
export function updatePlanInputOf(plan: Pick<PlanEditorFragment, 'id' | 'version'>, draft: PlanDraft): UpdateStrategicPlanInput {
  return {
    planId: plan.id,
    expectedVersion: plan.version,
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
  };
}
