import type { ValidationCode } from '@bridgeway/web-components';

/** The API's limits (libs/api/residences/src/dto): checked here first, so the answer comes at the field. */
export const residenceLimits = {
  name: 200,
  address: 500,
  roomName: 50,
  bedsPerRoom: 20,
  capacity: 200,
} as const;

/** Codes of the residence forms besides the shared ones; their messages are under `residences:validation.*`. */
export type ResidenceCode = ValidationCode | 'bedsRange' | 'capacityRange' | 'roomTaken';

const ownCodes: readonly string[] = ['bedsRange', 'capacityRange', 'roomTaken'];

export function isOwnCode(code: ResidenceCode | undefined): code is 'bedsRange' | 'capacityRange' | 'roomTaken' {
  return code !== undefined && ownCodes.includes(code);
}

/** A whole number of beds in 1..max, typed as text (or given as a number by NumberInput). */
export function bedCountCode(value: string | number, max: number = residenceLimits.bedsPerRoom): ResidenceCode | undefined {
  const text = String(value).trim();
  if (!text) return 'required';
  const count = Number(text);
  return Number.isInteger(count) && count >= 1 && count <= max ? undefined : 'bedsRange';
}
