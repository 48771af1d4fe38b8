import { suppressSmallCells, type PeopleCounts } from '../src/suppression.js';

const row = (currentResidents: number, peopleCounselled = 10, goalsAchieved = 10): PeopleCounts => ({ currentResidents, peopleCounselled, goalsAchieved });
const column = (rows: PeopleCounts[], threshold = 5) => suppressSmallCells(rows, threshold).partners.map((r) => r.currentResidents);
const total = (rows: PeopleCounts[], threshold = 5) => suppressSmallCells(rows, threshold).totals.currentResidents;

describe('small-cell suppression', () => {
  it('suppresses 1..threshold-1 and shows 0 and the threshold itself', () => {
    expect(column([row(0), row(1), row(4), row(5), row(9)])).toEqual([0, null, null, 5, 9]);
  });

  it('suppresses the smallest other non-zero cell when exactly one cell of a column is suppressed', () => {
    expect(column([row(20), row(3), row(8), row(0), row(12)])).toEqual([20, null, null, 0, 12]);
  });

  it('needs no complementary cell when two or more are suppressed already', () => {
    expect(column([row(20), row(3), row(2), row(8)])).toEqual([20, null, null, 8]);
  });

  it('takes the first row on a tie, and hides a zero cell when no other is non-zero (the total would reveal the cell)', () => {
    expect(column([row(6), row(2), row(6)])).toEqual([null, null, 6]);
    expect(column([row(0), row(2), row(0)])).toEqual([null, null, 0]);
    expect(total([row(0), row(2), row(0)])).toBe(2);
  });

  it('hides the total when a lone partner has a small cell (nothing else can hide it)', () => {
    expect(column([row(3)])).toEqual([null]);
    expect(total([row(3)])).toBeNull();
    expect(total([row(7)])).toBe(7);
  });

  it('never lets the total minus the shown cells equal one suppressed cell', () => {
    // Every column of 1–4 partners with values 0..6: whenever cells are hidden, at least two are, or the total is.
    const values = [0, 1, 2, 4, 5, 6];
    const combos = (n: number): number[][] => (n === 0 ? [[]] : combos(n - 1).flatMap((c) => values.map((v) => [...c, v])));
    for (let n = 1; n <= 4; n++) {
      for (const cells of combos(n)) {
        const { partners, totals } = suppressSmallCells(cells.map((v) => row(v)), 5);
        const hidden = partners.filter((p) => p.currentResidents === null).length;
        expect({ cells, safe: hidden === 0 || hidden >= 2 || totals.currentResidents === null }).toEqual({ cells, safe: true });
      }
    }
  });

  it('works column by column', () => {
    const out = suppressSmallCells([row(2, 10, 0), row(7, 10, 3), row(9, 1, 6)], 5).partners;
    expect(out).toEqual([
      { currentResidents: null, peopleCounselled: null, goalsAchieved: 0 },
      { currentResidents: null, peopleCounselled: 10, goalsAchieved: null },
      { currentResidents: 9, peopleCounselled: null, goalsAchieved: null },
    ]);
  });

  it('uses the consortium threshold', () => {
    expect(column([row(2), row(3), row(10)], 3)).toEqual([null, null, 10]);
    expect(column([row(2), row(3), row(10)], 2)).toEqual([2, 3, 10]);
  });
});
