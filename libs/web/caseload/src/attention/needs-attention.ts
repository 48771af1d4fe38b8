import { daysBetween, type CaseloadRow } from '../caseload-row';
import { needsContact } from '../caseload-view';

/** BARC-10 is repeated every 90 days. */
export const barc10IntervalDays = 90;

export type AttentionReason =
  | { kind: 'noContactEver' }
  | { kind: 'noContact'; days: number }
  | { kind: 'overdueGoals'; count: number }
  | { kind: 'barc10Never' }
  | { kind: 'barc10Due'; days: number };

export interface AttentionItem {
  id: string;
  name: string;
  reasons: AttentionReason[];
}

/** What needs attention for each open case, most reasons first; closed cases and residents with nothing to do are left out. */
export function attentionItems(rows: readonly CaseloadRow[], today: string, threshold: number): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const row of rows) {
    if (row.status === 'CLOSED') continue;
    const reasons: AttentionReason[] = [];
    if (row.daysSinceContact === null) reasons.push({ kind: 'noContactEver' });
    else if (needsContact(row, threshold)) reasons.push({ kind: 'noContact', days: row.daysSinceContact });
    if (row.overdueGoals > 0) reasons.push({ kind: 'overdueGoals', count: row.overdueGoals });
    if (!row.lastBarc10) reasons.push({ kind: 'barc10Never' });
    else if (daysBetween(row.lastBarc10, today) > barc10IntervalDays)
      reasons.push({ kind: 'barc10Due', days: daysBetween(row.lastBarc10, today) });
    if (reasons.length > 0) items.push({ id: row.id, name: row.name, reasons });
  }
  return items.sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name));
}
