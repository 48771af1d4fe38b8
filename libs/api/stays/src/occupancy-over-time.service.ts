import { Injectable } from '@nestjs/common';
import { IsolationLevel, TransactionPropagation } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '@bridgeway/api-common';
import { getActor } from '@bridgeway/api-tenancy';
import { OccupancyPoint } from './occupancy-point.type.js';
import { OCCUPANCY_MAX_MONTHS, type OccupancyOverTimeArgs } from './dto/occupancy-over-time.args.js';

/** `YYYY-MM-DD` plus whole months (the day clamped to the month's length). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The days of the period that get a point: every month-end in [from, to], and `to` itself.
 * Residents and beds are counted per day with the rules of the contract (see OccupancyPoint).
 * One pass over stays: only those open at some time in the period (still open, or discharged
 * after `from`; admitted by `to`) are read, from the index (tenant_id, discharged_on) include
 * (admitted_on), once; beds once; each point then counts in memory. `counted` is materialized
 * so `rate` does not evaluate the counts a second time.
 * Params: from, to, to, from, to (days); tenant, to; tenant, from, to; tenant.
 */
const POINTS = `
  with days as (
    select distinct day from (
      select (date_trunc('month', g) + interval '1 month' - interval '1 day')::date as day
        from generate_series(date_trunc('month', ?::date), date_trunc('month', ?::date), interval '1 month') g
      union all select ?::date
    ) candidates where day between ?::date and ?::date
  ),
  live as materialized (
    select admitted_on, discharged_on from stay where tenant_id = ? and discharged_on is null and admitted_on <= ?::date
    union all
    select admitted_on, discharged_on from stay where tenant_id = ? and discharged_on > ?::date and admitted_on <= ?::date
  ),
  beds as materialized (
    select r.opened_on, r.closed_on, b.retired_on
      from bed b join residence r on r.tenant_id = b.tenant_id and r.id = b.residence_id
     where b.tenant_id = ?
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

  async points({ from, to }: OccupancyOverTimeArgs): Promise<OccupancyPoint[]> {
    if (to < from) throw new BadUserInputError({ to: 'The end of the period cannot be before its start' });
    if (to >= addMonths(from, OCCUPANCY_MAX_MONTHS)) throw new BadUserInputError({ to: `Ask for at most ${OCCUPANCY_MAX_MONTHS} months` });
    const { tenantId } = getActor();
    return this.em.transactional(
      async (tx) => {
        const rows = await tx.execute<{ date: string; residents: number; beds: number; rate: number }[]>(POINTS, [
          ...[from, to, to, from, to],
          ...[tenantId, to, tenantId, from, to],
          tenantId,
        ]);
        return rows.map((r) => Object.assign(new OccupancyPoint(), { date: r.date, residents: r.residents, beds: r.beds, rate: Number(r.rate) }));
      },
      // Joins the request's transaction (a REPEATABLE READ snapshot for queries); its own outside a request.
      { propagation: TransactionPropagation.REQUIRED, isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
  }
}
