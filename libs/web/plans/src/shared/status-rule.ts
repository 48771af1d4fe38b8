/**
 * The text that explains an indicator's status under the report's table (report.statusRule in
 * en/nb/sl). Its thresholds (on track from 95 % of what is expected by now, at risk from 80 %,
 * not started before the period) repeat the API's rule: libs/api/plans/src/progress-rule.ts
 * (applyRule, statusOf). A change there needs the three texts changed too.
 */
export const statusRuleText = 'report.statusRule';
