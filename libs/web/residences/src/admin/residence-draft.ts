import { isIsoDate } from '@bridgeway/web-components';
import type { CreateResidenceInput, UpdateResidenceInput } from '@bridgeway/web-graphql';
import type { BoardResidence } from '../residence-types';
import { bedCountCode, residenceLimits, type ResidenceCode } from './residence-limits';

/** One line of the "rooms" list: a name and how many beds it holds (as typed). `key` keeps React rows stable. */
export interface RoomDraft {
  key: string;
  name: string;
  beds: string;
}

/** What the residence form holds; `rooms` only when creating (later, beds are added and retired one room at a time). */
export interface ResidenceDraft {
  name: string;
  address: string;
  openedOn: string;
  departmentId: string;
  rooms: RoomDraft[];
}

/** Fields of the form: the residence's own, and `room.<i>.name` / `room.<i>.beds` per line of the rooms list. */
export type ResidenceField = 'name' | 'address' | 'openedOn' | 'departmentId' | 'rooms' | `room.${number}.name` | `room.${number}.beds`;
export type ResidenceErrors = Partial<Record<ResidenceField, ResidenceCode>>;

/** The fields the API may name in a BAD_USER_INPUT (a room's problem comes back as `rooms`). */
export const apiFields: readonly ResidenceField[] = ['name', 'address', 'openedOn', 'rooms'];

let roomKeys = 0;
export function newRoom(name = '', beds = '1'): RoomDraft {
  roomKeys += 1;
  return { key: `room-${roomKeys}`, name, beds };
}

/** A new residence starts with one room "1" of one bed: the smallest house, grown in the form. */
export function emptyResidenceDraft(): ResidenceDraft {
  return { name: '', address: '', openedOn: '', departmentId: '', rooms: [newRoom('1', '1')] };
}

export function residenceDraftOf(residence: BoardResidence): ResidenceDraft {
  return {
    name: residence.name,
    address: residence.address ?? '',
    openedOn: residence.openedOn ?? '',
    departmentId: residence.department?.id ?? '',
    rooms: [],
  };
}

/** The next free room name: one more than the highest numbered room, else the count plus one. */
export function nextRoomName(rooms: readonly { name: string }[]): string {
  const numbers = rooms.map((room) => Number(room.name.trim())).filter((n) => Number.isInteger(n) && n > 0);
  return String(numbers.length ? Math.max(...numbers) + 1 : rooms.length + 1);
}

/** Beds in all rooms of the draft (lines with a wrong number count as none). */
export function bedsInDraft(rooms: readonly RoomDraft[]): number {
  return rooms.reduce((sum, room) => sum + (bedCountCode(room.beds) ? 0 : Number(room.beds)), 0);
}

/** The API's rules, checked before sending: a name; texts within limits; a real opening date; rooms with different names and 1–20 beds each, at most 200 in all. */
export function validateResidence(draft: ResidenceDraft, creating: boolean): ResidenceErrors {
  const errors: ResidenceErrors = {};
  if (!draft.name.trim()) errors.name = 'required';
  else if (draft.name.trim().length > residenceLimits.name) errors.name = 'tooLong';
  if (draft.address.trim().length > residenceLimits.address) errors.address = 'tooLong';
  if (draft.openedOn && !isIsoDate(draft.openedOn)) errors.openedOn = 'dateInvalid';
  if (!creating) return errors;
  const seen = new Set<string>();
  draft.rooms.forEach((room, index) => {
    const name = room.name.trim().toLowerCase();
    if (!name) errors[`room.${index}.name`] = 'required';
    else if (name.length > residenceLimits.roomName) errors[`room.${index}.name`] = 'tooLong';
    else if (seen.has(name)) errors[`room.${index}.name`] = 'roomTaken';
    seen.add(name);
    const beds = bedCountCode(room.beds);
    if (beds) errors[`room.${index}.beds`] = beds;
  });
  if (draft.rooms.length === 0) errors.rooms = 'required';
  else if (bedsInDraft(draft.rooms) > residenceLimits.capacity) errors.rooms = 'capacityRange';
  return errors;
}

/** Every field of the form, for clearing errors after a change (the rooms lines by index). */
export function fieldsOf(draft: ResidenceDraft): ResidenceField[] {
  return ['name', 'address', 'openedOn', 'departmentId', 'rooms', ...draft.rooms.flatMap((_, index) => [`room.${index}.name`, `room.${index}.beds`] as const)];
}

export function createInputOf(draft: ResidenceDraft): CreateResidenceInput {
  const rooms = draft.rooms.map((room) => ({ name: room.name.trim(), beds: Number(room.beds) }));
  return {
    name: draft.name.trim(),
    address: draft.address.trim() || null,
    openedOn: draft.openedOn || null,
    capacity: rooms.reduce((sum, room) => sum + room.beds, 0),
    rooms,
  };
}

/** Every field, so what the manager sees is what is saved (blank address and date are cleared). */
export function updateInputOf(id: string, draft: ResidenceDraft): UpdateResidenceInput {
  return { id, name: draft.name.trim(), address: draft.address.trim() || null, openedOn: draft.openedOn || null };
}
