import { Relationship } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays, earlier, later } from './dates.js';
import { inventPerson } from './people.js';
import type { RelativeRow, ResidentRelativeRow } from './plan-types.js';
import type { DemoRandom } from './random.js';
import type { ResidentTimeline } from './residents.js';
import type { CaseFileProfile } from './tenant-profiles.js';

/** A relative and the span in which they are supported (and, when linked, whose relative they are). */
export interface RelativeSupport {
  relative: RelativeRow;
  since: string;
  until: string;
  timeline?: ResidentTimeline;
}

const RELATIONSHIPS: readonly (readonly [Relationship, number])[] = [
  [Relationship.PARENT, 34],
  [Relationship.PARTNER, 20],
  [Relationship.SIBLING, 16],
  [Relationship.CHILD, 10],
  [Relationship.OTHER_FAMILY, 8],
  [Relationship.FRIEND, 10],
  [Relationship.OTHER, 2],
];

/** Share of relatives who keep the resident's family name, by relationship. */
const SAME_NAME: Partial<Record<Relationship, number>> = { PARENT: 0.75, SIBLING: 0.75, CHILD: 0.75, PARTNER: 0.3, OTHER_FAMILY: 0.4 };

export function planRelatives(
  rng: DemoRandom,
  profile: CaseFileProfile,
  timelines: ResidentTimeline[],
): { relatives: RelativeRow[]; residentRelatives: ResidentRelativeRow[]; supported: RelativeSupport[] } {
  const relatives: RelativeRow[] = [];
  const residentRelatives: ResidentRelativeRow[] = [];
  const supported: RelativeSupport[] = [];
  const share = profile.relatives;

  for (const timeline of timelines) {
    if (!rng.chance(share.linkedShare)) continue;
    const resident = timeline.resident;
    const relationships = rng.weightedSample(RELATIONSHIPS, rng.chance(share.secondShare) ? 2 : 1);
    for (const relationship of relationships) {
      const since = rng.day(resident.intakeDate, earlier(addDays(resident.intakeDate, 60), timeline.supportTo));
      const person = inventPerson(rng, {
        lastName: rng.chance(SAME_NAME[relationship] ?? 0) ? resident.lastName : undefined,
        phoneShare: 0.8,
        emailShare: 0.25,
      });
      const relative: RelativeRow = { id: rng.uuid(), ...person, createdAt: rng.officeTime(since) };
      relatives.push(relative);
      residentRelatives.push({ id: rng.uuid(), residentId: resident.id, relativeId: relative.id, relationship, createdAt: relative.createdAt });
      supported.push({ relative, since, until: earlier(addDays(timeline.supportTo, 90), DEMO_PERIOD.end), timeline });
    }
  }

  for (let i = 0; i < share.standalone; i++) {
    const since = rng.day(addDays(DEMO_PERIOD.start, -30), addDays(DEMO_PERIOD.end, -30));
    const relative: RelativeRow = { id: rng.uuid(), ...inventPerson(rng, { phoneShare: 0.9, emailShare: 0.3 }), createdAt: rng.officeTime(since) };
    relatives.push(relative);
    const until = rng.chance(0.4) ? earlier(addDays(later(since, DEMO_PERIOD.start), rng.int(30, 400)), DEMO_PERIOD.end) : DEMO_PERIOD.end;
    supported.push({ relative, since, until });
  }
  return { relatives, residentRelatives, supported };
}
