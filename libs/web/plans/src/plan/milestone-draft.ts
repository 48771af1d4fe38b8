import { isIsoDate } from '@bridgeway/web-components';
import type { AddMilestoneInput, MilestoneStatus, PlanMilestoneFragment, UpdateMilestoneInput } from '@bridgeway/web-graphql';
import type { PlanErrorCode } from '../shared/error-text';
import { PLAN_TEXT_MAX } from './plan-draft';

export const milestoneStatuses: readonly MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'MISSED', 'CANCELLED'];

export interface MilestoneDraft {
  title: string;
  dueOn: string;
  status: MilestoneStatus;
  /** Only with status DONE. */
  doneOn: string;
  note: string;
}

export const milestoneFields = ['title', 'dueOn', 'status', 'doneOn', 'note'] as const;
export type MilestoneField = (typeof milestoneFields)[number];
export type MilestoneErrors = Partial<Record<MilestoneField, PlanErrorCode>>;

export const emptyMilestoneDraft: MilestoneDraft = { title: '', dueOn: '', status: 'PLANNED', doneOn: '', note: '' };

export function milestoneDraftOf(milestone: PlanMilestoneFragment): MilestoneDraft {
  return {
    title: milestone.title,
    dueOn: milestone.dueOn,
    status: milestone.status,
    doneOn: milestone.doneOn ?? '',
    note: milestone.note ?? '',
  };
}

/** A title and due date; a done date with DONE (and not after today). */
export function validateMilestone(draft: MilestoneDraft, today: string): MilestoneErrors {
  const errors: MilestoneErrors = {};
  if (!draft.title.trim()) errors.title = 'required';
  else if (draft.title.trim().length > PLAN_TEXT_MAX.title) errors.title = 'tooLong';
  if (!draft.dueOn) errors.dueOn = 'dateRequired';
  else if (!isIsoDate(draft.dueOn)) errors.dueOn = 'dateInvalid';
  if (draft.status === 'DONE') {
    if (!draft.doneOn) errors.doneOn = 'dateRequired';
    else if (!isIsoDate(draft.doneOn)) errors.doneOn = 'dateInvalid';
    else if (draft.doneOn > today) errors.doneOn = 'dateInFuture';
  }
  if (draft.note.trim().length > PLAN_TEXT_MAX.note) errors.note = 'tooLong';
  return errors;
}

function milestoneFieldsOf(draft: MilestoneDraft) {
  return {
    title: draft.title.trim(),
    dueOn: draft.dueOn,
    status: draft.status,
    doneOn: draft.status === 'DONE' ? draft.doneOn : null,
    note: draft.note.trim() || null,
  };
}

export function addMilestoneInputOf(planId: string, draft: MilestoneDraft): AddMilestoneInput {
  return { planId, ...milestoneFieldsOf(draft) };
}

export function updateMilestoneInputOf(milestoneId: string, draft: MilestoneDraft): UpdateMilestoneInput {
  return { milestoneId, ...milestoneFieldsOf(draft) };
}
