import { isUUID } from 'class-validator';
import { BadUserInputError } from '@bridgeway/api-common';

/**
 * A cursor is the opaque id of the last resident of a page. It deliberately carries no
 * names (cursors end up in URLs and logs); the keyset (last name, first name, id) is read
 * back from that row when the next page is asked for.
 */
export function encodeResidentCursor(c: { id: string }): string {
  return Buffer.from(`r:${c.id}`, 'utf8').toString('base64url');
}

export function decodeResidentCursor(value: string): string {
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  const id = decoded.startsWith('r:') ? decoded.slice(2) : '';
  if (isUUID(id)) return id;
  throw new BadUserInputError({ after: 'This list position is no longer valid; start again from the first page' });
}
