import { DischargeReason, ResidentStatus, Role } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays, daysBetween, earlier, later } from './dates.js';
import type { NoteBank } from './notes.js';
import { inventPerson, residentSex } from './people.js';
import type { ResidentRow, StaffMember, StayRow } from './plan-types.js';
import type { DemoRandom } from './random.js';
import type { BedSlot } from './residences.js';
import type { CaseFileProfile } from './tenant-profiles.js';

/** Where a person was during part of their support; sets the rhythm and kind of contacts. */
export type Setting = 'before' | 'residence' | 'after' | 'outside';

export interface Phase {
  from: string;
  to: string;
  setting: Setting;
}

/** One person's story: the resident row, their stays, and the phases of their support. */
export interface ResidentTimeline {
  resident: ResidentRow;
  stays: StayRow[];
  /** Last day of support: the end of the demo period, or the day the case was closed. */
  supportTo: string;
  /** Contiguous, from the intake date to supportTo. */
  phases: Phase[];
  /** Days on which a stay ended in relapse. */
  relapses: string[];
}

const END = DEMO_PERIOD.end;

const DISCHARGE_REASONS: readonly (readonly [DischargeReason, number])[] = [
  [DischargeReason.COMPLETED, 32],
  [DischargeReason.MOVED_ON, 24],
  [DischargeReason.RELAPSE, 20],
  [DischargeReason.LEFT_WITHOUT_NOTICE, 14],
  [DischargeReason.OTHER, 10],
];

/** Length of a stay in days by how it ends: completed programmes run 7–13 months. */
const STAY_DAYS: Record<DischargeReason, readonly [number, number]> = {
  COMPLETED: [200, 400],
  MOVED_ON: [90, 300],
  RELAPSE: [25, 200],
  LEFT_WITHOUT_NOTICE: [10, 150],
  OTHER: [45, 250],
};

interface Occupancy {
  slot: BedSlot;
  admittedOn: string;
  dischargedOn: string | null;
  reason: DischargeReason | null;
}

/**
 * The occupancy of one bed from its residence's opening to the end of the period:
 * stays one after another with a few days' gap; the bed ends taken (open stay) or free.
 * A bed of a house that opened before the period starts with someone already living there.
 */
function planBedOccupancy(rng: DemoRandom, slot: BedSlot): Occupancy[] {
  const out: Occupancy[] = [];
  let admittedOn: string;
  let firstDischargeFrom: string | undefined;
  if (slot.openedOn < DEMO_PERIOD.start) {
    admittedOn = rng.day(addDays(DEMO_PERIOD.start, -240), addDays(DEMO_PERIOD.start, -20));
    firstDischargeFrom = addDays(DEMO_PERIOD.start, rng.int(20, 120));
  } else {
    admittedOn = addDays(slot.openedOn, rng.int(2, 45));
  }
  for (;;) {
    const reason = rng.weighted(DISCHARGE_REASONS);
    let dischargedOn = addDays(admittedOn, rng.int(...STAY_DAYS[reason]));
    if (firstDischargeFrom) dischargedOn = later(dischargedOn, firstDischargeFrom);
    firstDischargeFrom = undefined;
    // a bed taken at the end is taken by someone who came a while ago, not on the last days
    if (dischargedOn >= (slot.occupiedAtEnd ? addDays(END, -60) : END)) {
      if (slot.occupiedAtEnd) {
        out.push({ slot, admittedOn, dischargedOn: null, reason: null });
      } else {
        dischargedOn = addDays(END, -rng.int(5, 60));
        if (daysBetween(admittedOn, dischargedOn) >= 14) out.push({ slot, admittedOn, dischargedOn, reason });
      }
      return out;
    }
    out.push({ slot, admittedOn, dischargedOn, reason });
    admittedOn = addDays(dischargedOn, rng.int(3, 40));
    if (admittedOn > END) {
      if (!slot.occupiedAtEnd) return out;
      admittedOn = rng.day(addDays(dischargedOn, 1), END);
    }
  }
}

interface Person {
  occupancies: Occupancy[];
  readmitted: boolean;
}

/** Assigns each occupancy to a person; some who relapsed or left come back after at least 45 days. */
function assignPeople(rng: DemoRandom, occupancies: Occupancy[]): Person[] {
  const people: Person[] = [];
  const sorted = [...occupancies].sort((a, b) => a.admittedOn.localeCompare(b.admittedOn) || a.slot.bedId.localeCompare(b.slot.bedId));
  for (const occupancy of sorted) {
    const candidates = people.filter((p) => {
      const last = p.occupancies[p.occupancies.length - 1];
      return (
        !p.readmitted &&
        last.dischargedOn !== null &&
        (last.reason === DischargeReason.RELAPSE || last.reason === DischargeReason.LEFT_WITHOUT_NOTICE) &&
        last.dischargedOn <= addDays(occupancy.admittedOn, -45)
      );
    });
    if (candidates.length && rng.chance(0.3)) {
      const person = rng.pick(candidates);
      person.occupancies.push(occupancy);
      person.readmitted = true;
    } else {
      people.push({ occupancies: [occupancy], readmitted: false });
    }
  }
  return people;
}

export interface StaffPools {
  /** Counsellors and managers: key workers and session counsellors. */
  caseworkers: StaffMember[];
  managers: StaffMember[];
}

function newResident(rng: DemoRandom, staff: StaffPools, intakeDate: string, status: ResidentStatus): ResidentRow {
  const person = inventPerson(rng, { sex: residentSex(rng), phoneShare: 0.75, emailShare: 0.2 });
  const age = rng.int(21, 60);
  return {
    id: rng.uuid(),
    ...person,
    dateOfBirth: addDays(intakeDate, -(age * 365 + rng.int(0, 364))),
    keyWorkerId: rng.weighted(staff.caseworkers.map((s) => [s.id, s.role === Role.COUNSELLOR ? 3 : 1] as const)),
    status,
    intakeDate,
    createdAt: rng.officeTime(intakeDate),
  };
}

function phasesOf(intakeDate: string, stays: StayRow[], supportTo: string): Phase[] {
  const phases: Phase[] = [];
  let from = intakeDate;
  for (const stay of stays) {
    if (from < stay.admittedOn) phases.push({ from, to: addDays(stay.admittedOn, -1), setting: phases.length ? 'after' : 'before' });
    const to = stay.dischargedOn ?? END;
    phases.push({ from: stay.admittedOn, to, setting: 'residence' });
    from = addDays(to, 1);
  }
  if (!stays.length) phases.push({ from, to: supportTo, setting: 'outside' });
  else if (from <= supportTo) phases.push({ from, to: supportTo, setting: 'after' });
  return phases;
}

/** Residents who lived in the residences (with their stays), then people supported only outside a residence. */
export function planResidents(rng: DemoRandom, profile: CaseFileProfile, notes: NoteBank, slots: BedSlot[], staff: StaffPools): { timelines: ResidentTimeline[]; stays: StayRow[] } {
  const occupancies = slots.flatMap((slot) => planBedOccupancy(rng, slot));
  const timelines: ResidentTimeline[] = [];

  for (const person of assignPeople(rng, occupancies)) {
    const first = person.occupancies[0];
    const last = person.occupancies[person.occupancies.length - 1];
    const intakeDate = addDays(first.admittedOn, -rng.int(7, 75));
    let supportTo: string = END;
    let status = last.dischargedOn === null ? ResidentStatus.IN_RESIDENCE : ResidentStatus.FOLLOW_UP;
    if (last.dischargedOn !== null) {
      const leftWithoutNotice = last.reason === DischargeReason.LEFT_WITHOUT_NOTICE;
      if (rng.chance(leftWithoutNotice ? 0.7 : profile.closedShare)) {
        supportTo = earlier(addDays(last.dischargedOn, leftWithoutNotice ? rng.int(0, 21) : rng.int(30, 180)), END);
        if (supportTo < END) status = ResidentStatus.CLOSED;
      }
    }
    const resident = newResident(rng, staff, intakeDate, status);
    const stays = person.occupancies.map<StayRow>((o) => ({
      id: rng.uuid(),
      residentId: resident.id,
      residenceId: o.slot.residenceId,
      bedId: o.slot.bedId,
      admittedOn: o.admittedOn,
      dischargedOn: o.dischargedOn,
      dischargeReason: o.reason,
      dischargeNote: o.reason && rng.chance(0.6) ? rng.pick(notes.discharge[o.reason]) : null,
      admittedById: staff.managers.length && rng.chance(0.7) ? rng.pick(staff.managers).id : resident.keyWorkerId,
      createdAt: rng.officeTime(o.admittedOn),
    }));
    const relapses = stays.filter((s) => s.dischargeReason === DischargeReason.RELAPSE).map((s) => s.dischargedOn as string);
    timelines.push({ resident, stays, supportTo, phases: phasesOf(intakeDate, stays, supportTo), relapses });
  }

  for (let i = 0; i < profile.followUpOnly; i++) {
    const intakeDate = rng.day(addDays(DEMO_PERIOD.start, -45), addDays(END, -40));
    let supportTo: string = END;
    if (rng.chance(profile.closedShare + 0.04)) {
      // at least a month of contact inside the period
      supportTo = later(addDays(intakeDate, rng.int(60, 300)), addDays(DEMO_PERIOD.start, 30));
      if (supportTo >= END) supportTo = END;
    }
    const resident = newResident(rng, staff, intakeDate, supportTo < END ? ResidentStatus.CLOSED : ResidentStatus.FOLLOW_UP);
    timelines.push({ resident, stays: [], supportTo, phases: phasesOf(intakeDate, [], supportTo), relapses: [] });
  }

  timelines.sort((a, b) => a.resident.intakeDate.localeCompare(b.resident.intakeDate) || a.resident.id.localeCompare(b.resident.id));
  return { timelines, stays: timelines.flatMap((t) => t.stays) };
}
