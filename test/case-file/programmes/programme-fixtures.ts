import type { MikroORM } from '@mikro-orm/postgresql';
import type { CreateProgrammeInput } from '../../support/gql/graphql.js';
import { ownerQuery } from '../../support/stored.js';

/** What the programme suites share: inputs, the organisation's clock, and meetings as stored. */

export const ZONE = 'Europe/Oslo';

/** A support group open to all, in person, from `startsOn` (today in Oslo by default), no schedule. */
export function programmeInput(overrides: Partial<CreateProgrammeInput> = {}): CreateProgrammeInput {
  return { name: `Group ${Math.random().toString(36).slice(2, 8)}`, kind: 'SUPPORT_GROUP', audience: 'OPEN', mode: 'IN_PERSON', startsOn: osloDay(), ...overrides };
}

/** The calendar day (YYYY-MM-DD) of an instant in Oslo: the test tenants' zone. */
export function osloDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Wall-clock time (HH:MM) and ISO weekday (1 = Monday) of an instant in Oslo. */
export function osloClock(at: Date | string): { time: string; weekday: number } {
  const date = new Date(at);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  const short = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short' }).format(date);
  return { time, weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(short) + 1 };
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day. */
export function weekdayOf(day: string): number {
  return ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** Oslo's UTC offset on a day at noon UTC, e.g. "GMT+01:00". */
function osloOffset(day: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' }).formatToParts(new Date(`${day}T12:00:00Z`));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** The first day on or after `from` on which Oslo's clock changes (a Sunday in March or October). */
export function nextClockChange(from: string): string {
  for (let day = from, i = 0; i < 400; day = addDays(day, 1), i++) {
    if (osloOffset(day) !== osloOffset(addDays(day, -1))) return day;
  }
  throw new Error('no clock change within 400 days');
}

/** An instant given as Oslo wall-clock time on a day (DST-aware, via the offset at that time). */
export function osloTime(day: string, time: string): string {
  const guess = new Date(`${day}T${time}:00Z`);
  for (const offset of [60, 120]) {
    const at = new Date(guess.getTime() - offset * 60_000);
    if (osloDay(at) === day && osloClock(at).time === time) return at.toISOString();
  }
  throw new Error(`no such Oslo time ${day} ${time}`);
}

export interface StoredMeeting {
  id: string;
  starts_at: Date;
  ends_at: Date;
  scheduled_for: Date | null;
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED';
  cancel_reason: string | null;
  version: number;
}

/** A programme's meetings as stored, by start. */
export async function storedMeetings(owner: MikroORM, tenantId: string, programmeId: string): Promise<StoredMeeting[]> {
  const rows = await ownerQuery<Record<keyof StoredMeeting, unknown>>(
    owner,
    tenantId,
    'select id, starts_at, ends_at, scheduled_for, status, cancel_reason, version from meeting where tenant_id = ? and programme_id = ? order by starts_at, id',
    [tenantId, programmeId],
  );
  // Raw rows carry timestamps as text.
  const at = (value: unknown) => new Date(value as string);
  return rows.map((r) => ({ ...(r as unknown as StoredMeeting), starts_at: at(r.starts_at), ends_at: at(r.ends_at), scheduled_for: r.scheduled_for == null ? null : at(r.scheduled_for) }));
}

/** Puts the test tenant on Oslo time (the time zone a new tenant row gets unless the migration set another). */
export async function onOsloTime(owner: MikroORM, tenantId: string): Promise<void> {
  await owner.em.fork().execute('update tenant set time_zone = ? where id = ?', [ZONE, tenantId]);
}
