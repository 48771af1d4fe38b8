import { SessionKind } from '@bridgeway/shared-domain';
import { DEMO_PERIOD } from './dates.js';
import type { SessionRow } from './plan-types.js';
import type { DemoRandom } from './random.js';

/** The sessions the "individual counselling hours" figure sums: INDIVIDUAL, with a resident, inside the demo period. */
export function countsAsIndividualCounselling(session: SessionRow): boolean {
  return session.kind === SessionKind.INDIVIDUAL && session.residentId !== null && session.occurredOn >= DEMO_PERIOD.start && session.occurredOn <= DEMO_PERIOD.end;
}

const MIN = 30;
const MAX = 90;
const STEP = 5;

/**
 * Brings the individual counselling minutes to exactly `target`: drops random sessions
 * (never below 3 per resident) or adds some while more than a session apart, then moves
 * single durations by 5 minutes within 30–90. Deterministic for a given generator state.
 */
export function calibrateIndividualMinutes(rng: DemoRandom, sessions: SessionRow[], target: number, addOne: () => SessionRow | null): SessionRow[] {
  if (target % STEP !== 0) throw new Error(`The counselling-minutes target must be a multiple of ${STEP}`);
  const counted = sessions.filter(countsAsIndividualCounselling);
  let total = counted.reduce((sum, s) => sum + s.durationMinutes, 0);

  const perResident = new Map<string, number>();
  for (const s of counted) perResident.set(s.residentId as string, (perResident.get(s.residentId as string) ?? 0) + 1);
  const removed = new Set<SessionRow>();
  for (let guard = 0; total - target >= MAX && guard < 100_000; guard++) {
    const s = rng.pick(counted);
    const residentId = s.residentId as string;
    if (removed.has(s) || (perResident.get(residentId) ?? 0) <= 3) continue;
    removed.add(s);
    perResident.set(residentId, (perResident.get(residentId) ?? 0) - 1);
    total -= s.durationMinutes;
  }
  const kept = sessions.filter((s) => !removed.has(s));
  const alive = counted.filter((s) => !removed.has(s));

  while (target - total >= MAX) {
    const extra = addOne();
    if (!extra) break;
    kept.push(extra);
    if (countsAsIndividualCounselling(extra)) {
      alive.push(extra);
      total += extra.durationMinutes;
    }
  }

  for (let guard = 0; total !== target && guard < 100_000; guard++) {
    const s = rng.pick(alive);
    if (total < target && s.durationMinutes < MAX) {
      s.durationMinutes += STEP;
      total += STEP;
    } else if (total > target && s.durationMinutes > MIN) {
      s.durationMinutes -= STEP;
      total -= STEP;
    }
  }
  if (total !== target) throw new Error(`Could not bring individual counselling to ${target} minutes (got ${total})`);
  return kept;
}
