import { useLocalStorage } from '@mantine/hooks';
import type { ResidentStatus } from '@bridgeway/web-graphql';
import type { CaseloadRow } from './caseload-row';

/** Days without a session after which a resident is flagged; each counsellor sets it on their device. */
export const defaultContactThreshold = 14;
export const contactThresholdKey = 'bridgeway.caseload.contactThresholdDays';

export function useContactThreshold(): [number, (days: number) => void] {
  const [days, setDays] = useLocalStorage<number>({
    key: contactThresholdKey,
    defaultValue: defaultContactThreshold,
    getInitialValueInEffect: false,
  });
  return [Number.isInteger(days) && days > 0 ? days : defaultContactThreshold, setDays];
}

/** A resident needs contact when they never had a session or the last one is more than `threshold` days ago. */
export function needsContact(row: Pick<CaseloadRow, 'daysSinceContact'>, threshold: number): boolean {
  return row.daysSinceContact === null || row.daysSinceContact > threshold;
}

export type SortColumn = 'name' | 'residence' | 'lastContact' | 'openGoals' | 'minutesThisMonth' | 'overdueGoals';
export interface Sort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

/** Sort keys; "last contact" sorts by days since, residents never seen first when descending. */
const sortKey: Record<SortColumn, (row: CaseloadRow) => string | number> = {
  name: (row) => row.name.toLocaleLowerCase(),
  residence: (row) => (row.residenceName ?? '').toLocaleLowerCase(),
  lastContact: (row) => row.daysSinceContact ?? Number.MAX_SAFE_INTEGER,
  openGoals: (row) => row.openGoals,
  minutesThisMonth: (row) => row.minutesThisMonth,
  overdueGoals: (row) => row.overdueGoals,
};

export function sortRows(rows: readonly CaseloadRow[], sort: Sort): CaseloadRow[] {
  const key = sortKey[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const order = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb));
    return order * sign || a.name.localeCompare(b.name);
  });
}

export interface CaseloadFilter {
  status: ResidentStatus | null;
  /** A residence id, `none` for residents not in a residence, or null for all. */
  residence: string | null;
}

export const noResidence = 'none';

export function filterRows(rows: readonly CaseloadRow[], filter: CaseloadFilter): CaseloadRow[] {
  return rows.filter(
    (row) =>
      (filter.status === null || row.status === filter.status) &&
      (filter.residence === null || (row.residenceId ?? noResidence) === filter.residence),
  );
}
