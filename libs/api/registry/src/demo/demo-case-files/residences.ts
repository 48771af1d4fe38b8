import type { NoteBank } from './notes.js';
import type { BedRow, ResidenceRow } from './plan-types.js';
import type { DemoRandom } from './random.js';
import type { CaseFileProfile } from './tenant-profiles.js';

/** A bed as the stay planner sees it. */
export interface BedSlot {
  bedId: string;
  residenceId: string;
  openedOn: string;
  /** Taken by an open stay at the end of the demo period. */
  occupiedAtEnd: boolean;
}

export function planResidences(rng: DemoRandom, profile: CaseFileProfile, notes: NoteBank): { residences: ResidenceRow[]; beds: BedRow[]; slots: BedSlot[] } {
  const residences: ResidenceRow[] = [];
  const beds: BedRow[] = [];
  const slots: BedSlot[] = [];
  for (const spec of profile.residences) {
    const residence: ResidenceRow = {
      id: rng.uuid(),
      name: spec.name,
      address: `${rng.faker.location.street()} ${rng.faker.location.buildingNumber()}, ${profile.postcode} ${profile.city}`,
      openedOn: spec.openedOn,
      closedOn: null,
      createdAt: rng.officeTime(spec.openedOn),
    };
    residences.push(residence);
    const first = beds.length;
    spec.bedsPerRoom.forEach((count, room) => {
      for (let n = 1; n <= count; n++) {
        beds.push({ id: rng.uuid(), residenceId: residence.id, room: notes.room(room + 1), label: notes.bed(n), retiredOn: null, createdAt: residence.createdAt });
      }
    });
    const own = beds.slice(first);
    const taken = new Set(rng.sample(own, spec.occupiedAtEnd).map((b) => b.id));
    for (const bed of own) slots.push({ bedId: bed.id, residenceId: residence.id, openedOn: spec.openedOn, occupiedAtEnd: taken.has(bed.id) });
  }
  return { residences, beds, slots };
}
