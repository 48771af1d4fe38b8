import { Injectable } from '@nestjs/common';
import { IsolationLevel, TransactionPropagation } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { getActor } from '@bridgeway/api-tenancy';
import { CounsellingTotals, CounsellorMinutes, MonthMinutes, ResidentMinutes } from './counselling-totals.type.js';
import type { CounsellingTotalsArgs } from './dto/counselling-totals.args.js';

/** One row per figure: the period's total, a counsellor, a month or a resident (the `figure` column names which). */
interface Row {
  figure: 'total' | 'counsellor' | 'month' | 'resident';
  counsellor_id: string | null;
  month: string | null;
  resident_id: string | null;
  minutes: number;
  sessions: number;
  residents: number;
}

/**
 * The four figures in one pass over the period's sessions (an index-only scan of
 * (tenant_id, occurred_on) include (counsellor_id, resident_id, duration_minutes, kind)):
 * GROUPING SETS aggregate them together; the window counts the residents and ranks them
 * so only the top ones come back. The empty grouping set yields the total even for an empty
 * period. Months are grouped by date_trunc (cheaper per row than to_char) and formatted per group.
 */
const figures = (period: string) => `
  with grouped as (
    select case grouping(counsellor_id, month, resident_id) when 7 then 'total' when 3 then 'counsellor' when 5 then 'month' else 'resident' end as figure,
           counsellor_id, month, resident_id, coalesce(sum(duration_minutes), 0)::int as minutes, count(*)::int as sessions
      from (select counsellor_id, resident_id, date_trunc('month', occurred_on::timestamp) as month, duration_minutes
              from counselling_session where ${period}) s
     group by grouping sets ((), (counsellor_id), (month), (resident_id))
  ), ranked as (
    select *, count(resident_id) over ()::int as residents,
           row_number() over (partition by figure, resident_id is null order by minutes desc, resident_id) as rank
      from grouped
  )
  select figure, counsellor_id, to_char(month, 'YYYY-MM') as month, resident_id, minutes, sessions, residents
    from ranked
   where figure <> 'resident' or (resident_id is not null and rank <= :topResidents)
   order by figure, month, minutes desc, counsellor_id, resident_id`;

/** Counselling time summed in SQL from the session records (row-level security scopes it to the tenant). */
@Injectable()
export class CounsellingTotalsService {
  constructor(private readonly em: EntityManager) {}

  /** The period's rules (end not before start, at most PERIOD_MAX_MONTHS) are checked by CounsellingTotalsArgs. */
  async totals({ from, to, topResidents, kinds, residentsOnly }: CounsellingTotalsArgs): Promise<CounsellingTotals> {
    // The period plus the optional filters.
    const PERIOD = [
      'tenant_id = :tenantId and occurred_on between :from and :to',
      // A withdrawn session was never held: it counts nowhere.
      'withdrawn_at is null',
      ...(kinds?.length ? ['kind = any(:kinds::session_kind[])'] : []),
      ...(residentsOnly ? ['resident_id is not null'] : []),
    ].join(' and ');
    const params = { tenantId: getActor().tenantId, from, to, kinds: `{${(kinds ?? []).join(',')}}`, topResidents };
    // One statement, so the four figures always add up to the same records.
    return this.em.transactional(
      async (tx) => {
        const rows = await tx.execute<Row[]>(figures(PERIOD), params);
        const of = (figure: Row['figure']) => rows.filter((r) => r.figure === figure);
        const [total] = of('total');
        return Object.assign(new CounsellingTotals(), {
          from,
          to,
          totalMinutes: total.minutes,
          // Exact like SQL's round(minutes / 60.0, 2): minutes * 100 / 60 is never halfway between two integers.
          totalHours: Math.round((total.minutes * 100) / 60) / 100,
          sessions: total.sessions,
          residents: total.residents,
          byCounsellor: of('counsellor').map((r) => Object.assign(new CounsellorMinutes(), { counsellorId: r.counsellor_id, minutes: r.minutes, sessions: r.sessions })),
          byMonth: of('month').map((r) => Object.assign(new MonthMinutes(), { month: r.month, minutes: r.minutes, sessions: r.sessions })),
          byResident: of('resident').map((r) => Object.assign(new ResidentMinutes(), { residentId: r.resident_id, minutes: r.minutes, sessions: r.sessions })),
        });
      },
      // Joins the request's transaction (a REPEATABLE READ snapshot for queries); its own outside a request.
      { propagation: TransactionPropagation.REQUIRED, isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
  }
}
