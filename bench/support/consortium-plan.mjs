// How the consortium data set is spread over its 100 tenants (issue 8). Pure numbers, no database:
// per-row details (names, dates, counts per resident) are drawn in SQL from hashes of (seed, row).

export const TENANTS = 100;
/** Share of all residents in tenant 1, the largest (the set: 3,011 of 50,000). */
const LARGEST_SHARE = 0.06;

/**
 * Per-tenant sizes and the offsets of their rows in the global numbering that the row ids
 * are made from. Scale 1 = 50,000 residents; the other tables follow from the residents
 * (10 per residence, 8 beds per residence, a counsellor per 25 residents, 2 managers).
 */
export function consortiumPlan(scale) {
  const residents = Math.round(50_000 * scale);
  const largest = Math.round(residents * LARGEST_SHARE);
  const rest = residents - largest;
  // The other 99 fall linearly from 1.9× to 0.1× their mean, so tenant 2 (~900 at scale 1) stays well below tenant 1.
  const weights = Array.from({ length: TENANTS - 1 }, (_, k) => 1.9 - (1.8 * k) / (TENANTS - 2));
  const sizes = [largest, ...weights.map((w) => Math.max(1, Math.floor((rest * w) / (TENANTS - 1))))];
  sizes[1] += residents - sizes.reduce((a, b) => a + b, 0); // rounding remainder
  const plan = [];
  let ro = 0;
  let ho = 0;
  for (let t = 1; t <= TENANTS; t++) {
    const r = sizes[t - 1];
    const residences = Math.max(1, Math.round(r / 10));
    const counsellors = Math.max(2, Math.round(r / 25));
    // Three quarters of the beds are taken by open stays (never more than there are residents).
    const openStays = Math.min(Math.floor(0.75 * 8 * residences), r);
    plan.push({ t, residents: r, ro, residences, ho, counsellors, openStays });
    ro += r;
    ho += residences;
  }
  return plan;
}
