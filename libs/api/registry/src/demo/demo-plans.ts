import type { MikroORM } from '@mikro-orm/postgresql';
import { AuditService } from '@bridgeway/api-audit';
import { CounsellingAudience, MetricValuesService } from '@bridgeway/api-consortia';
import { MilestoneStatus, PlansService, ProgressService } from '@bridgeway/api-plans';
import { forkForTenant, runAsActor } from '@bridgeway/api-tenancy';
import { GoalDomain, Metric, Role, SessionKind } from '@bridgeway/shared-domain';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';

interface DemoIndicator {
  name: string;
  metric: Metric;
  target: number;
  baseline?: number;
  goalDomain?: GoalDomain;
  sessionKind?: SessionKind;
  audience?: CounsellingAudience;
  yearTargets?: { year: number; target: number }[];
}

interface DemoPlan {
  slug: string;
  email: string;
  role: Role;
  consortiumId?: string;
  name: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  objectives: { title: string; indicators: DemoIndicator[] }[];
  milestones: { title: string; dueOn: string; status: MilestoneStatus; doneOn?: string; note?: string }[];
  funding: { funder: string; amount: number; currency: string; note?: string }[];
  /** Reports to publish (as sent to the funder). */
  publish: { from: string; to: string }[];
}

/**
 * Skupnosti MOST's consortium plan for the two project years, with the seed's results as targets
 * (6 residential communities, 15 people housed, ~1,400 hours of individual counselling with
 * residents and 80 people counselled individually, 14 trainings), and A-LARM's grant plan "Fra isolasjon til sosialisering"
 * (Stiftelsen Dam, NOK 500,000; start in October, evaluations in December, April and August, a
 * media push in February).
 */
export const DEMO_PLANS: DemoPlan[] = [
  {
    slug: 'most-a',
    email: 'coordinator@most.demo',
    role: Role.CONSORTIUM_COORDINATOR,
    consortiumId: 'c0000000-0000-4000-8000-000000000001',
    name: 'Skupnosti MOST 2024–2026',
    description: 'Dolgoročna psihosocialna podpora zasvojenim po zaključeni osnovni rehabilitaciji: bivanjske skupnosti, individualno svetovanje in izobraževanja.',
    periodStart: '2024-11-01',
    periodEnd: '2026-10-31',
    objectives: [
      {
        title: 'Bivanjske skupnosti',
        indicators: [
          { name: 'Odprte bivanjske skupnosti', metric: Metric.RESIDENCES_OPEN, target: 6, baseline: 0, yearTargets: [{ year: 2025, target: 6 }, { year: 2026, target: 6 }] },
          { name: 'Osebe, ki bivajo v skupnostih', metric: Metric.CURRENT_RESIDENTS, target: 15, baseline: 0 },
        ],
      },
      {
        title: 'Individualno svetovanje',
        indicators: [
          {
            name: 'Ure individualnega svetovanja',
            metric: Metric.COUNSELLING_HOURS,
            sessionKind: SessionKind.INDIVIDUAL,
            audience: CounsellingAudience.RESIDENTS,
            target: 1400,
            yearTargets: [{ year: 2025, target: 700 }, { year: 2026, target: 580 }],
          },
          { name: 'Individualno svetovani uporabniki', metric: Metric.PEOPLE_COUNSELLED, sessionKind: SessionKind.INDIVIDUAL, target: 80 },
        ],
      },
      {
        title: 'Izobraževanja in usposabljanja',
        indicators: [{ name: 'Izvedena izobraževanja', metric: Metric.TRAININGS_HELD, target: 14, yearTargets: [{ year: 2025, target: 7 }, { year: 2026, target: 6 }] }],
      },
    ],
    milestones: [
      { title: 'Strateški načrt konzorcija', dueOn: '2025-01-31', status: MilestoneStatus.DONE, doneOn: '2025-01-28' },
      { title: 'Odprtje šeste bivanjske skupnosti', dueOn: '2025-09-30', status: MilestoneStatus.DONE, doneOn: '2025-10-06', note: 'Celje' },
      { title: 'Zaključna strokovna konferenca', dueOn: '2026-10-16', status: MilestoneStatus.DONE, doneOn: '2026-10-16' },
    ],
    funding: [],
    publish: [{ from: '2024-11-01', to: '2025-10-31' }],
  },
  {
    slug: 'a-larm',
    email: 'manager@a-larm.demo',
    role: Role.MANAGER,
    name: 'Fra isolasjon til sosialisering',
    description: 'Digitale møteplasser for mennesker med rusrelaterte utfordringer og pårørende: hver torsdag over Zoom, med opplæring i digitale medier.',
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    objectives: [
      {
        title: 'En digital møteplass hver torsdag',
        indicators: [
          { name: 'Møter holdt', metric: Metric.MEETINGS_HELD, target: 72 },
          { name: 'Oppmøter', metric: Metric.ATTENDANCES, target: 800 },
        ],
      },
      { title: 'Pårørende får en felles arena', indicators: [{ name: 'Pårørende støttet', metric: Metric.RELATIVES_SUPPORTED, target: 6 }] },
    ],
    milestones: [
      { title: 'Oppstart: informasjon, rekruttering av deltakere og opplæring av gruppeledere', dueOn: '2025-10-01', status: MilestoneStatus.DONE, doneOn: '2025-10-02' },
      { title: 'Delevaluering', dueOn: '2025-12-15', status: MilestoneStatus.DONE, doneOn: '2025-12-11' },
      { title: 'Medieoppslag', dueOn: '2026-02-15', status: MilestoneStatus.DONE, doneOn: '2026-02-19' },
      { title: 'Delevaluering', dueOn: '2026-04-15', status: MilestoneStatus.DONE, doneOn: '2026-04-16' },
      { title: 'Delevaluering', dueOn: '2026-08-15', status: MilestoneStatus.DONE, doneOn: '2026-08-20' },
    ],
    funding: [{ funder: 'Stiftelsen Dam', amount: 500_000, currency: 'NOK', note: 'Stimuleringsprogram for helsefrivilligheten' }],
    publish: [],
  },
];

/**
 * Loads the demo plans through the plans services, as their owners would (validated and audited),
 * while the organisation has no plan of that name. Returns the number of plans created.
 */
export async function seedDemoPlans(orm: MikroORM): Promise<number> {
  let created = 0;
  for (const demo of DEMO_PLANS) {
    const org = DEMO_ORGANISATIONS.find((o) => o.slug === demo.slug);
    if (!org) throw new Error(`No demo organisation ${demo.slug}`);
    const lookup = forkForTenant(orm.em, org.id);
    const [user] = await lookup.execute<{ id: string }[]>('select id from user_account where tenant_id = ? and email = ?', [org.id, demo.email]);
    if (!user) continue;
    const em = forkForTenant(orm.em, org.id, user.id);
    const [exists] = await em.execute<{ id: string }[]>('select id from strategic_plan where tenant_id = ? and name = ?', [org.id, demo.name]);
    if (exists) continue;
    await runAsActor({ tenantId: org.id, userId: user.id, role: demo.role }, () =>
      em.transactional(async (tx) => {
        // Services on the transaction's manager: a fork does not resolve to the transaction by itself,
        // and a second connection would wait on the rows this one holds.
        const audit = new AuditService(tx);
        const plans = new PlansService(tx, audit);
        const progress = new ProgressService(tx, audit, plans, new MetricValuesService(tx));
        const plan = await plans.create({ name: demo.name, description: demo.description, periodStart: demo.periodStart, periodEnd: demo.periodEnd, consortiumId: demo.consortiumId ?? null });
        for (const [position, o] of demo.objectives.entries()) {
          const objective = await plans.addObjective({ planId: plan.id, title: o.title, position });
          for (const [at, i] of o.indicators.entries()) {
            await plans.addIndicator({ objectiveId: objective.id, position: at, baseline: null, ...i });
          }
        }
        for (const m of demo.milestones) await plans.addMilestone({ planId: plan.id, ...m });
        for (const f of demo.funding) await plans.addFunding({ planId: plan.id, ...f });
        for (const p of demo.publish) await progress.publish(plan.id, p.from, p.to);
      }),
    );
    created++;
  }
  return created;
}
