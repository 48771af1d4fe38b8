import { applyRule, daysBetween, type RuleInput } from '../src/progress-rule.js';

const PLAN = { planStart: '2025-01-01', planEnd: '2026-12-31', yearTargets: [], today: '2030-01-01' } as const;

describe('status rule (docs/plans.md)', () => {
  it('uses the year target for a period inside one calendar year, the plan target across years', () => {
    const flow: RuleInput = { ...PLAN, kind: 'FLOW', planTarget: 20, baseline: null, yearTargets: [{ year: 2025, target: 10 }], from: '2025-01-01', to: '2025-06-30', actual: 4.5 };
    expect(applyRule(flow)).toEqual({ target: 10, expectedByNow: Math.round(((10 * 181) / 365) * 100) / 100, percentOfTarget: 45, status: 'AT_RISK' });
    const across = applyRule({ ...flow, from: '2025-07-01', to: '2026-06-30', actual: 10 });
    expect(across).toMatchObject({ target: 20, expectedByNow: Math.round(((20 * 365) / 730) * 100) / 100, status: 'ON_TRACK' });
  });

  it('grows a LEVEL metric from its baseline and inverts the ratio for a target below the baseline', () => {
    const level: RuleInput = { ...PLAN, kind: 'LEVEL', planTarget: 10, baseline: 2, from: '2025-01-01', to: '2025-12-31', actual: 6 };
    const fraction = 365 / (daysBetween('2025-01-01', '2026-12-31') + 1);
    expect(applyRule(level)).toMatchObject({ expectedByNow: Math.round((2 + 8 * fraction) * 100) / 100, status: 'ON_TRACK' });
    // Reduce from 10 to 2: half-way expected 6; 7.0 is 6/7 = 0.86 of it (AT_RISK), 9 is BEHIND, 0 is ON_TRACK.
    const reduce: RuleInput = { ...level, planTarget: 2, baseline: 10, actual: 7 };
    expect(applyRule(reduce).status).toBe('AT_RISK');
    expect(applyRule({ ...reduce, actual: 9 }).status).toBe('BEHIND');
    expect(applyRule({ ...reduce, actual: 0 }).status).toBe('ON_TRACK');
  });

  it('is NOT_STARTED before the period begins and has no status without a figure', () => {
    const early: RuleInput = { ...PLAN, kind: 'FLOW', planTarget: 10, baseline: null, from: '2025-01-01', to: '2025-12-31', today: '2024-06-01', actual: 0 };
    expect(applyRule(early)).toMatchObject({ expectedByNow: 0, status: 'NOT_STARTED' });
    expect(applyRule({ ...early, today: '2030-01-01', actual: null })).toMatchObject({ status: null, percentOfTarget: null });
    expect(applyRule({ ...early, today: '2030-01-01', planTarget: 0, actual: 3 })).toMatchObject({ percentOfTarget: null, status: 'ON_TRACK' });
  });
});
