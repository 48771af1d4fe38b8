/** The people counts of a partner's row that small-cell suppression applies to. */
export const PEOPLE_COLUMNS = ['currentResidents', 'peopleCounselled', 'goalsAchieved'] as const;
export type PeopleColumn = (typeof PEOPLE_COLUMNS)[number];
export type PeopleCounts = Record<PeopleColumn, number>;
export type ShownCounts = Record<PeopleColumn, number | null>;

/**
 * Suppresses small cells column by column: 1..threshold-1 becomes null (0 is shown: it discloses
 * nobody). Complementary: if exactly one cell of a column is suppressed, the smallest other
 * non-zero cell is suppressed too (a zero cell when every other cell is zero), so the total minus
 * the others never reveals it. The total itself is hidden only when nothing can hide the cell
 * with it (a consortium of one partner in the period).
 */
export function suppressSmallCells<K extends string = PeopleColumn>(
  rows: readonly Record<K, number>[],
  threshold: number,
  columns: readonly K[] = PEOPLE_COLUMNS as readonly string[] as readonly K[],
): { partners: Record<K, number | null>[]; totals: Record<K, number | null> } {
  const partners = rows.map((r) => ({ ...r }) as Record<K, number | null>);
  const totals = Object.fromEntries(columns.map((c) => [c, rows.reduce((sum, r) => sum + r[c], 0)])) as Record<K, number | null>;
  for (const column of columns) {
    const small = rows.flatMap((r, i) => (r[column] > 0 && r[column] < threshold ? [i] : []));
    for (const i of small) partners[i][column] = null;
    if (small.length !== 1) continue;
    const others = rows.map((r, i) => ({ i, v: r[column] })).filter(({ i }) => i !== small[0]);
    const partner = others.filter(({ v }) => v > 0).sort((a, b) => a.v - b.v || a.i - b.i)[0] ?? others[0];
    if (partner) partners[partner.i][column] = null;
    else totals[column] = null;
  }
  return { partners, totals };
}
