import { isUUID } from 'class-validator';
import { BadUserInputError } from '@bridgeway/api-common';

/** Position in the residents order (last name, first name, id). */
export interface ResidentCursor {
  lastName: string;
  firstName: string;
  id: string;
}

export function encodeResidentCursor(c: ResidentCursor): string {
  return Buffer.from(JSON.stringify([c.lastName, c.firstName, c.id]), 'utf8').toString('base64url');
}

export function decodeResidentCursor(value: string): ResidentCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((p) => typeof p === 'string') && isUUID(parsed[2])) {
      return { lastName: parsed[0], firstName: parsed[1], id: parsed[2] };
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError({ after: 'This list position is no longer valid; start again from the first page' });
}
