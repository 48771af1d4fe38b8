import { PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { isIsoDate, type FieldErrors } from '@bridgeway/web-components';
import type { DepartmentRowFragment, DepartmentStatus, UpdateDepartmentInput } from '@bridgeway/web-graphql';

/** What the department form holds (texts as typed; `statusSince` as `YYYY-MM-DD`). */
export interface DepartmentDraft {
  name: string;
  place: string;
  status: DepartmentStatus;
  statusSince: string;
  statusReason: string;
}

export type DepartmentField = keyof DepartmentDraft;

export const departmentFields: readonly DepartmentField[] = ['name', 'place', 'status', 'statusSince', 'statusReason'];

export const departmentStatuses: readonly DepartmentStatus[] = ['ACTIVE', 'PAUSED', 'CLOSED'];

/** The longest text of each field (the API's limits). */
export const maxLength: Partial<Record<DepartmentField, number>> = {
  name: PROGRAMME_TEXT_MAX.name,
  place: PROGRAMME_TEXT_MAX.place,
  statusReason: PROGRAMME_TEXT_MAX.reason,
};

export const emptyDraft: DepartmentDraft = { name: '', place: '', status: 'ACTIVE', statusSince: '', statusReason: '' };

export function draftOf(department: DepartmentRowFragment): DepartmentDraft {
  return {
    name: department.name,
    place: department.place ?? '',
    status: department.status,
    statusSince: department.statusSince ?? '',
    statusReason: department.statusReason ?? '',
  };
}

/**
 * The API's rules, checked before sending: a name; PAUSED needs a date and a reason, CLOSED a
 * date (a pause may be announced ahead, so a date in the future is fine); texts within limits.
 */
export function validateDepartment(draft: DepartmentDraft): FieldErrors<DepartmentField> {
  const errors: FieldErrors<DepartmentField> = {};
  if (!draft.name.trim()) errors.name = 'required';
  for (const field of ['name', 'place', 'statusReason'] as const) {
    if (draft[field].trim().length > (maxLength[field] ?? Infinity)) errors[field] = 'tooLong';
  }
  if (draft.status !== 'ACTIVE') {
    if (!draft.statusSince) errors.statusSince = 'dateRequired';
    else if (!isIsoDate(draft.statusSince)) errors.statusSince = 'dateInvalid';
  }
  if (draft.status === 'PAUSED' && !draft.statusReason.trim()) errors.statusReason = 'required';
  return errors;
}

/** The update sent for a draft: every field, so what the manager sees is what is saved. */
export function updateInputOf(department: Pick<DepartmentRowFragment, 'id' | 'version'>, draft: DepartmentDraft): UpdateDepartmentInput {
  const active = draft.status === 'ACTIVE';
  return {
    id: department.id,
    version: department.version,
    name: draft.name.trim(),
    place: draft.place.trim() || null,
    status: draft.status,
    statusSince: active ? null : draft.statusSince,
    statusReason: active ? null : draft.statusReason.trim() || null,
  };
}
