/**
 * Wall-clock times of an organisation's time zone (Europe/Oslo, Europe/Ljubljana) as instants:
 * a meeting "on Thursdays at 19:00" is at 19:00 local time in winter and in summer alike.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

const offsets = new Map<string, number>();

/** Milliseconds the zone's clock is ahead of UTC at the instant `ms` (remembered when `cache`). */
function offsetAt(ms: number, timeZone: string, cache = false): number {
  const key = `${timeZone} ${ms}`;
  const known = cache ? offsets.get(key) : undefined;
  if (known !== undefined) return known;
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = asUtc - (ms - (ms % 1000));
  if (cache) offsets.set(key, offset);
  return offset;
}

const DAY_MS = 86_400_000;
const spans = new Map<string, boolean>();

/** Whether the zone keeps one offset through the UTC span [from, from + length): true for all but the days clocks change. */
function steady(timeZone: string, from: number, length: number): boolean {
  const key = `${timeZone} ${from} ${length}`;
  let same = spans.get(key);
  if (same === undefined) {
    same = offsetAt(from, timeZone) === offsetAt(from + length - 1000, timeZone);
    spans.set(key, same);
  }
  return same;
}

/** offsetAt, reading the zone's clock once per month or day instead of per instant (Intl is slow). */
function offsetOf(ms: number, timeZone: string): number {
  const date = new Date(ms);
  const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const monthLength = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - monthStart;
  if (steady(timeZone, monthStart, monthLength)) return offsetAt(monthStart, timeZone, true);
  const dayStart = ms - (ms % DAY_MS);
  if (steady(timeZone, dayStart, DAY_MS)) return offsetAt(dayStart, timeZone, true);
  return offsetAt(ms, timeZone);
}

/** The instant when the clocks of `timeZone` show `day` (YYYY-MM-DD) at `time` (HH:MM). */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.parse(`${day}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  const first = wall - offsetOf(wall, timeZone);
  const second = wall - offsetOf(first, timeZone);
  return new Date(second);
}

/** The day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function zonedDay(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** "HH:MM" plus `minutes`, within the same day. */
export function addMinutes(time: string, minutes: number): string {
  const [hour, minute] = time.split(':').map(Number);
  const total = hour * 60 + minute + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Minutes from `start` to `end` ("HH:MM", same day). */
export function minutesBetween(start: string, end: string): number {
  const [h1, m1] = start.split(':').map(Number);
  const [h2, m2] = end.split(':').map(Number);
  return h2 * 60 + m2 - (h1 * 60 + m1);
}
