/** The people counts of a partner's row that small-cell suppression applies to. */
export const PEOPLE_COLUMNS = ['currentResidents', 'peopleCounselled', 'goalsAchieved'] as const;
export type PeopleColumn = (typeof PEOPLE_COLUMNS)[number];
export type PeopleCounts = Record<PeopleColumn, number>;

/**
 * Suppresses small cells column by column: 1..threshold-1 becomes null (0 is shown: it discloses
 * nobody). Complementary: if exactly one cell of a column is suppressed, the smallest other
 * non-zero cell is suppressed too, so the (always shown) total minus the others never reveals it.
 */
export function suppressSmallCells(rows: readonly PeopleCounts[], threshold: number): Record<PeopleColumn, number | null>[] {
  const out = rows.map((r) => ({ ...r }) as Record<PeopleColumn, number | null>);
  for (const column of PEOPLE_COLUMNS) {
    const small = rows.flatMap((r, i) => (r[column] > 0 && r[column] < threshold ? [i] : []));
    for (const i of small) out[i][column] = null;
    if (small.length !== 1) continue;
    const partner = rows
      .map((r, i) => ({ i, v: r[column] }))
      .filter(({ i, v }) => i !== small[0] && v > 0)
      .sort((a, b) => a.v - b.v || a.i - b.i)[0];
    if (partner) out[partner.i][column] = null;
  }
  return out;
}
