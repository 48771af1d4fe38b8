/**
 * Which GraphQL object types disclose a person's record, and whose. Each domain library
 * declares its own types (next to the type), so the audit library needs no knowledge of
 * them; PersonReadAuditPlugin records one READ row per person a response disclosed,
 * whatever path reached them.
 */
/** The kinds of person record: residents, relatives, and members (volunteers/members of programmes). */
export type PersonKind = 'Resident' | 'Relative' | 'Member';

export interface DisclosedPerson {
  kind: PersonKind;
  id: string;
}

type PersonsOf = (value: never) => readonly (DisclosedPerson | null)[];

const registry = new Map<string, PersonsOf>();

/** Declares that a value of GraphQL type `typeName` discloses the persons `personsOf` returns. */
export function declarePersonRecord<T>(typeName: string, personsOf: (value: T) => readonly (DisclosedPerson | null)[]): void {
  registry.set(typeName, personsOf as PersonsOf);
}

export function isPersonRecordType(typeName: string): boolean {
  return registry.has(typeName);
}

/** The GraphQL type names declared as person records (for tests and docs). */
export function personRecordTypes(): string[] {
  return [...registry.keys()].sort();
}

/** The persons a resolved value of `typeName` discloses (a single value or a list, possibly nested). */
export function personsIn(typeName: string, value: unknown): DisclosedPerson[] {
  const personsOf = registry.get(typeName);
  if (!personsOf || value == null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => personsIn(typeName, item));
  return (personsOf as (v: unknown) => readonly (DisclosedPerson | null)[])(value).filter((p): p is DisclosedPerson => p != null && !!p.id);
}

export const resident = (id: string | null | undefined): DisclosedPerson | null => (id ? { kind: 'Resident', id } : null);
export const relative = (id: string | null | undefined): DisclosedPerson | null => (id ? { kind: 'Relative', id } : null);
export const member = (id: string | null | undefined): DisclosedPerson | null => (id ? { kind: 'Member', id } : null);
