import { isIsoDate } from '@bridgeway/web-components';
import type { BoardResidence } from '../residence-types';
import { bedCountCode, residenceLimits, type ResidenceCode } from './residence-limits';

/** The choice in the room select that means "a room not there yet". */
export const NEW_ROOM = '';

export interface AddBedsDraft {
  /** An existing room's name, or NEW_ROOM. */
  room: string;
  newRoom: string;
  count: string;
}

export type AddBedsField = 'room' | 'count';
export type AddBedsErrors = Partial<Record<AddBedsField, ResidenceCode>>;

/** The residence's rooms (in use), in board order, each once. */
export function roomsOf(residence: BoardResidence): string[] {
  return [...new Set(residence.beds.map((bed) => bed.room))];
}

/** The room the beds go to, as typed or chosen. */
export function roomOf(draft: AddBedsDraft): string {
  return (draft.room === NEW_ROOM ? draft.newRoom : draft.room).trim();
}

/** How many beds can still be added: 20 at a time, 200 in a residence. */
export function maxBedsToAdd(residence: BoardResidence): number {
  return Math.max(0, Math.min(residenceLimits.bedsPerRoom, residenceLimits.capacity - residence.capacity));
}

/** A room (a new one needs a name of at most 50 characters) and 1..maxBedsToAdd beds. */
export function validateAddBeds(draft: AddBedsDraft, residence: BoardResidence): AddBedsErrors {
  const errors: AddBedsErrors = {};
  const room = roomOf(draft);
  if (!room) errors.room = 'required';
  else if (room.length > residenceLimits.roomName) errors.room = 'tooLong';
  const max = maxBedsToAdd(residence);
  const count = max > 0 ? bedCountCode(draft.count, max) : 'capacityRange';
  if (count) errors.count = count;
  return errors;
}

/** A date the bed is retired or the residence closed on: required and real (the API checks it against stays). */
export function dateCode(value: string): ResidenceCode | undefined {
  if (!value) return 'dateRequired';
  return isIsoDate(value) ? undefined : 'dateInvalid';
}
