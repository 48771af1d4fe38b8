import { MemberKind } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays } from '../demo-case-files/dates.js';
import { inventPerson } from '../demo-case-files/people.js';
import type { DemoRandom } from '../demo-case-files/random.js';
import { uuidOf } from './uuid.js';
import type { MemberRow, ParticipantRef, TenantFacts } from './plan-types.js';

/** A person who can take part in programmes, and the days they can: from their first contact to the end of their support. */
export interface Person {
  kind: 'resident' | 'relative' | 'member';
  id: string;
  from: string;
  /** null: still supported / still a member. */
  to: string | null;
  female?: boolean;
}

/**
 * The last day a demo member joins: inside the project years, so the period's rows are the same
 * whatever the seeding day (only the recent weeks and the weeks ahead depend on it).
 */
export const LAST_JOIN = addDays(DEMO_PERIOD.end, -30);

export const available = (person: Person, day: string): boolean => person.from <= day && (person.to === null || day <= person.to);

export const refOf = (person: Person): ParticipantRef => ({
  residentId: person.kind === 'resident' ? person.id : null,
  relativeId: person.kind === 'relative' ? person.id : null,
  memberId: person.kind === 'member' ? person.id : null,
});

/** Residents from their intake; a closed case ends with its last contact. */
export function residentsOf(facts: TenantFacts): Person[] {
  return facts.residents.map((r) => ({ kind: 'resident', id: r.id, from: r.intakeDate, to: r.closed ? (r.lastContact ?? r.intakeDate) : null }));
}

export function relativesOf(facts: TenantFacts, filter: (r: TenantFacts['relatives'][number]) => boolean = () => true): Person[] {
  return facts.relatives.filter(filter).map((r) => ({ kind: 'relative', id: r.id, from: r.since, to: null }));
}

export interface MemberBatch {
  count: number;
  kind: MemberKind;
  departmentId?: string | null;
  female?: boolean;
  /** Joined between these days. */
  joined: readonly [string, string];
}

/** Invented volunteers and members (a person record each), with the days they take part. */
export function inventMembers(rng: DemoRandom, batch: MemberBatch): { rows: MemberRow[]; people: Person[] } {
  const rows: MemberRow[] = [];
  const people: Person[] = [];
  for (let i = 0; i < batch.count; i++) {
    const female = batch.female ?? rng.chance(0.5);
    const person = inventPerson(rng, { sex: female ? 'female' : 'male', phoneShare: batch.kind === MemberKind.VOLUNTEER ? 0.95 : 0.7, emailShare: batch.kind === MemberKind.VOLUNTEER ? 0.6 : 0.3 });
    const joined = rng.day(...batch.joined);
    const row: MemberRow = { id: uuidOf(rng), ...person, kind: batch.kind, departmentId: batch.departmentId ?? null, createdAt: rng.officeTime(joined) };
    rows.push(row);
    // some members drift away after a while
    const to = batch.kind === MemberKind.MEMBER && rng.chance(0.2) ? addDays(joined, rng.int(120, 500)) : null;
    people.push({ kind: 'member', id: row.id, from: joined, to, female });
  }
  return { rows, people };
}
