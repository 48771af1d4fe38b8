import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '@bridgeway/api-common';
import { getActor } from '@bridgeway/api-tenancy';
import type { GoalDomain } from '@bridgeway/shared-domain';
import { GoalDomainSummary } from './goal-domain-summary.type.js';
import type { GoalsByDomainArgs } from './dto/goals-by-domain.args.js';

/** The UTC day of a goal's latest status change (the first history entry counts: its from_status is null). */
const CLOSED_ON = `(select (max(e.changed_at) at time zone 'UTC')::date from goal_event e
                     where e.tenant_id = g.tenant_id and e.goal_id = g.id and e.from_status is distinct from e.to_status)`;

/** Goal figures per life domain, counted in one grouped query (row-level security scopes it to the tenant too). */
@Injectable()
export class GoalsByDomainService {
  constructor(private readonly em: EntityManager) {}

  async summaries({ from, to }: GoalsByDomainArgs): Promise<GoalDomainSummary[]> {
    if (from && to && to < from) throw new BadUserInputError({ to: 'The end of the period cannot be before its start' });
    const period = [...(from ? [`${CLOSED_ON} >= ?::date`] : []), ...(to ? [`${CLOSED_ON} <= ?::date`] : [])];
    const inPeriod = period.length ? ` and ${period.join(' and ')}` : '';
    const periodParams = [...(from ? [from] : []), ...(to ? [to] : [])];
    const rows = await this.em.execute<{ domain: GoalDomain; planned: number; in_progress: number; achieved: number; abandoned: number }[]>(
      `select d.domain::text as domain,
              count(g.id) filter (where g.status = 'PLANNED')::int as planned,
              count(g.id) filter (where g.status = 'IN_PROGRESS')::int as in_progress,
              count(g.id) filter (where g.status = 'ACHIEVED'${inPeriod})::int as achieved,
              count(g.id) filter (where g.status = 'ABANDONED'${inPeriod})::int as abandoned
         from unnest(enum_range(null::goal_domain)) as d(domain)
         left join goal g on g.tenant_id = ? and g.domain = d.domain
        group by d.domain order by d.domain`,
      [...periodParams, ...periodParams, getActor().tenantId],
    );
    return rows.map((r) =>
      Object.assign(new GoalDomainSummary(), {
        domain: r.domain,
        planned: r.planned,
        inProgress: r.in_progress,
        achieved: r.achieved,
        abandoned: r.abandoned,
        total: r.planned + r.in_progress + r.achieved + r.abandoned,
      }),
    );
  }
}
