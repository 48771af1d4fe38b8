/**
 * How much one plan holds. The lists of a plan take no `first` (an editor shows a plan whole), so
 * their lengths are bounded here and registered in NATURAL_LIST_SIZES for the cost estimate.
 */
export const PLAN_LIMITS = {
  objectives: 12,
  indicatorsPerObjective: 20,
  indicators: 100,
  milestones: 50,
  funding: 20,
} as const;

/** Text lengths of plan fields (characters). */
export const TEXT_MAX = { name: 200, description: 4000, title: 300, note: 2000, comment: 4000, funder: 200 } as const;
