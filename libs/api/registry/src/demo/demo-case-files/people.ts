import type { DemoRandom } from './random.js';

/** An invented person: name from the tenant's locale, phone in the country's format, rarely an e-mail. */
export interface InventedPerson {
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
}

type Sex = 'female' | 'male';

const ASCII: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

function mailbox(first: string, last: string): string {
  return `${first}.${last}`
    .toLowerCase()
    .replace(/[æøå]/g, (c) => ASCII[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z.]/g, '');
}

/** Mobile numbers in the local format (Slovenia 0xx xxx xxx, Norway xxx xx xxx); not real subscribers. */
function mobile(rng: DemoRandom): string {
  return rng.language === 'sl'
    ? `0${rng.pick(['30', '31', '40', '41', '51', '64', '68', '70'])} ${rng.int(100, 999)} ${rng.int(100, 999)}`
    : `${rng.pick(['4', '9'])}${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(100, 999)}`;
}

export function inventPerson(rng: DemoRandom, options: { sex?: Sex; lastName?: string; phoneShare: number; emailShare: number }): InventedPerson {
  const sex = options.sex ?? rng.pick<Sex>(['female', 'male']);
  const firstName = rng.faker.person.firstName(sex);
  const lastName = options.lastName ?? rng.faker.person.lastName(sex);
  const phone = rng.chance(options.phoneShare) ? mobile(rng) : null;
  // example.net is reserved for documentation: no real mailbox can be reached.
  const email = rng.chance(options.emailShare) ? `${mailbox(firstName, lastName)}${rng.int(1, 99)}@example.net` : null;
  return { firstName, lastName, phone, email };
}

/** Residents of sober-living houses are more often men; the demo reflects that. */
export const residentSex = (rng: DemoRandom): Sex => (rng.chance(0.68) ? 'male' : 'female');
