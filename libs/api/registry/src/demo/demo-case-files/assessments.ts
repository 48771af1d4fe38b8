import { DEMO_PERIOD, addDays, earlier, later, nextWorkday } from './dates.js';
import type { AssessmentRow } from './plan-types.js';
import type { DemoRandom } from './random.js';
import type { ResidentTimeline, StaffPools } from './residents.js';
import type { CaseFileProfile } from './tenant-profiles.js';

/** BARC-10 (see the case_file migration): ten statements scored 1–6, total 10–60. */
export const BARC_10 = { code: 'BARC-10', items: 10, itemMin: 1, itemMax: 6 } as const;

/** Change of the total from one assessment to the next: recovery capital grows, with setbacks. */
const DRIFT: readonly (readonly [number, number])[] = [
  [-3, 1], [-1, 2], [0, 2], [2, 3], [3, 3], [4, 3], [6, 2],
];

/**
 * Item scores (each 1–6) summing to `total`. The first time, every point goes to an item
 * with room, more often to the statements this person finds easier (`leaning`); later,
 * the previous answers move a point at a time, so a person's profile stays recognisable.
 */
export function spreadScores(rng: DemoRandom, total: number, leaning: readonly number[], previous?: readonly number[]): number[] {
  const scores = previous ? [...previous] : leaning.map(() => BARC_10.itemMin);
  let sum = scores.reduce((a, b) => a + b, 0);
  const canRise = () => scores.flatMap((score, i) => (score < BARC_10.itemMax ? [[i, leaning[i]] as const] : []));
  const canFall = () => scores.flatMap((score, i) => (score > BARC_10.itemMin ? [[i, 5 - leaning[i]] as const] : []));
  // a couple of answers shift even when the total stays the same
  for (let shifts = previous ? rng.int(0, 2) : 0; shifts > 0; shifts--) {
    scores[rng.weighted(canFall())]--;
    scores[rng.weighted(canRise())]++;
  }
  while (sum < total) {
    scores[rng.weighted(canRise())]++;
    sum++;
  }
  while (sum > total) {
    scores[rng.weighted(canFall())]--;
    sum--;
  }
  return scores;
}

/**
 * BARC-10 every three to four months: from the first weeks in a house (or of follow-up,
 * for some of the people supported outside) to the end of support. A relapse costs points.
 */
export function planAssessments(rng: DemoRandom, profile: CaseFileProfile, timelines: ResidentTimeline[], staff: StaffPools): AssessmentRow[] {
  const rows: AssessmentRow[] = [];
  for (const timeline of timelines) {
    const resident = timeline.resident;
    if (!timeline.stays.length && !rng.chance(profile.assessedShare)) continue;
    const end = earlier(timeline.supportTo, DEMO_PERIOD.end);
    const firstStay = timeline.stays.find((s) => (s.dischargedOn ?? DEMO_PERIOD.end) >= DEMO_PERIOD.start);
    const start = later(firstStay?.admittedOn ?? resident.intakeDate, DEMO_PERIOD.start);
    const leaning = Array.from({ length: BARC_10.items }, () => rng.int(1, 4));
    let total = rng.int(20, 34);
    let previous: AssessmentRow | undefined;
    for (let day = nextWorkday(addDays(start, rng.int(3, 21))); day <= end; day = nextWorkday(addDays(day, rng.int(75, 110)))) {
      if (previous !== undefined) {
        const since = previous.takenOn;
        total += rng.weighted(DRIFT);
        if (timeline.relapses.some((r) => r > since && r <= day)) total -= rng.int(5, 10);
      }
      total = Math.min(58, Math.max(12, total));
      const scores = spreadScores(rng, total, leaning, previous?.scores);
      previous = {
        id: rng.uuid(),
        residentId: resident.id,
        instrumentCode: BARC_10.code,
        takenOn: day,
        scores,
        total: scores.reduce((a, b) => a + b, 0),
        assessedById: rng.chance(0.85) ? resident.keyWorkerId : rng.pick(staff.caseworkers).id,
        createdAt: rng.officeTime(day),
      };
      rows.push(previous);
    }
  }
  return rows;
}
