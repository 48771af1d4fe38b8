import { Role } from '@bridgeway/shared-domain';
import { type Break, everyYear } from './calendar.js';
import type { TenantFacts } from './plan-types.js';

/** The tenant's staff by role (sorted by e-mail: the same people whatever order they were read in). */
export function staffOf(facts: TenantFacts) {
  const byEmail = [...facts.staff].sort((a, b) => a.email.localeCompare(b.email));
  const ids = (role: Role) => byEmail.filter((s) => s.role === role).map((s) => s.id);
  const managers = ids(Role.MANAGER);
  const counsellors = ids(Role.COUNSELLOR);
  const groupLeaders = ids(Role.GROUP_LEADER);
  return {
    all: byEmail.map((s) => s.id),
    managers,
    counsellors,
    groupLeaders,
    /** Someone to lead with: the group leader, else a counsellor, else a manager. */
    leader: groupLeaders[0] ?? counsellors[0] ?? managers[0],
    caseworker: counsellors[0] ?? managers[0],
  };
}

export type Staff = ReturnType<typeof staffOf>;

/** Norwegian public holidays on weekdays the demo's groups meet (2024–2027). */
const NO_HOLIDAYS = [
  '2025-04-17', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09',
  '2026-04-02', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25',
];
/** Slovenian public holidays (2024–2027). */
const SI_HOLIDAYS = [
  '2025-02-08', '2025-04-21', '2025-04-27', '2025-05-01', '2025-05-02', '2025-06-25', '2025-08-15', '2025-10-31', '2025-11-01',
  '2026-02-08', '2026-04-06', '2026-04-27', '2026-05-01', '2026-05-02', '2026-06-25', '2026-08-15', '2026-10-31', '2026-11-01',
];

const days = (list: string[], reason: string): Break[] => list.map((day) => ({ from: day, to: day, reason }));

/** Christmas and public holidays (meetings cancelled), the summer break (a pause; not for digital meeting places). */
export function breaksNo(options: { summer: boolean }): Break[] {
  return [
    ...everyYear('12-22', '01-02', 'Juleferie'),
    ...(options.summer ? everyYear('07-01', '08-09', 'Sommerferie', true) : []),
    ...days(NO_HOLIDAYS, 'Helligdag'),
  ];
}

export function breaksSi(): Break[] {
  return [...everyYear('12-24', '01-02', 'Novoletni prazniki'), ...everyYear('08-01', '08-21', 'Poletni premor', true), ...days(SI_HOLIDAYS, 'Praznik')];
}

export const CANCEL_REASONS_NB = ['Gruppeleder syk', 'For få påmeldte denne uken', 'Lokalet var ikke tilgjengelig', 'Avlyst på grunn av uvær'];
export const CANCEL_REASONS_SI = ['Bolezen vodje skupine', 'Premalo prijavljenih', 'Prostor ni bil na voljo'];
