import type { ApiLibrary } from '@bridgeway/api-database';
import { Funding } from './funding.entity.js';
import { IndicatorComment } from './indicator-comment.entity.js';
import { IndicatorYearTarget } from './indicator-year-target.entity.js';
import { Indicator } from './indicator.entity.js';
import { Milestone } from './milestone.entity.js';
import { MIGRATIONS } from './migrations/index.js';
import { Objective } from './objective.entity.js';
import { PlansModule } from './plans.module.js';
import { PublishedReport } from './published-report.entity.js';
import { StrategicPlan } from './strategic-plan.entity.js';

/**
 * Plans are edited in the app (no plan is deleted; objectives, indicators, milestones and funding
 * are). Published reports are append-only: SELECT and INSERT, never UPDATE or DELETE.
 */
export const PLANS_LIBRARY: ApiLibrary = {
  name: 'plans',
  module: PlansModule,
  entities: [StrategicPlan, Objective, Indicator, IndicatorYearTarget, Milestone, Funding, IndicatorComment, PublishedReport],
  migrations: MIGRATIONS,
  appRoleGrants: {
    strategic_plan: ['SELECT', 'INSERT', 'UPDATE'],
    objective: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    indicator: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    indicator_year_target: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    milestone: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    funding: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    indicator_comment: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    published_report: ['SELECT', 'INSERT'],
  },
};
