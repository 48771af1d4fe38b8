import { Injectable } from '@nestjs/common';
import { IsolationLevel, TransactionPropagation } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { getActor } from '@bridgeway/api-tenancy';
import { OccupancyPoint } from './occupancy-point.type.js';
import type { OccupancyOverTimeArgs } from './dto/occupancy-over-time.args.js';

/**
 * The days of the period that get a point: every month-end in [from, to], and `to` itself.
 * Residents and beds are counted per day with the rules of the contract (see OccupancyPoint).
 * One pass over stays: only those open at some time in the period (still open, or discharged
 * after `from`; admitted by `to`) are read, from the index (tenant_id, discharged_on) include
 * (admitted_on), once; beds once; each point then counts in memory. `counted` is materialized
 * so `rate` does not evaluate the counts a second time.
 * Beds and residences are read too: stays depends on residences, and a library's SQL may read
 * the tables of the libraries it depends on (never write them).
 */
const POINTS = `
  with days as (
    select distinct day from (
      select (date_trunc('month', g) + interval '1 month' - interval '1 day')::date as day
        from generate_series(date_trunc('month', :from::date), date_trunc('month', :to::date), interval '1 month') g
      union all select :to::date
    ) candidates where day between :from::date and :to::date
  ),
  live as materialized (
    select admitted_on, discharged_on from stay where tenant_id = :tenantId and discharged_on is null and admitted_on <= :to::date
    union all
    select admitted_on, discharged_on from stay where tenant_id = :tenantId and discharged_on > :from::date and admitted_on <= :to::date
  ),
  beds as materialized (
    select r.opened_on, r.closed_on, b.retired_on
      from bed b join residence r on r.tenant_id = b.tenant_id and r.id = b.residence_id
     where b.tenant_id = :tenantId
  ),
  counted as materialized (
    select days.day,
      (select count(*)::int from live s
        where s.admitted_on <= days.day and (s.discharged_on is null or s.discharged_on > days.day)) as residents,
      (select count(*)::int from beds b
        where (b.opened_on is null or b.opened_on <= days.day) and (b.closed_on is null or b.closed_on > days.day)
          and (b.retired_on is null or b.retired_on > days.day)) as beds
      from days
  )
  select to_char(day, 'YYYY-MM-DD') as date, residents, beds,
         case when beds = 0 then 0 else residents::float8 / beds end as rate
    from counted order by day`;

/** Occupancy through a period, computed in SQL (row-level security scopes it to the tenant too). */
@Injectable()
export class OccupancyOverTimeService {
  constructor(private readonly em: EntityManager) {}

  /** The period's rules (end not before start, at most OCCUPANCY_MAX_MONTHS) are checked by OccupancyOverTimeArgs. */
  async points({ from, to }: OccupancyOverTimeArgs): Promise<OccupancyPoint[]> {
    const { tenantId } = getActor();
    return this.em.transactional(
      async (tx) => {
        const rows = await tx.execute<{ date: string; residents: number; beds: number; rate: number }[]>(POINTS, { tenantId, from, to });
        return rows.map((r) => Object.assign(new OccupancyPoint(), { date: r.date, residents: r.residents, beds: r.beds, rate: Number(r.rate) }));
      },
      // Joins the request's transaction (a REPEATABLE READ snapshot for queries); its own outside a request.
      { propagation: TransactionPropagation.REQUIRED, isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
  }
}
