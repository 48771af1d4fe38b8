import { Injectable } from '@nestjs/common';
import { IsolationLevel, TransactionPropagation } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '@bridgeway/api-common';
import { getActor } from '@bridgeway/api-tenancy';
import { CounsellingTotals, CounsellorMinutes, MonthMinutes, ResidentMinutes } from './counselling-totals.type.js';
import type { CounsellingTotalsArgs } from './dto/counselling-totals.args.js';

interface Sum {
  minutes: number;
  sessions: number;
}

const SUM = `coalesce(sum(duration_minutes), 0)::int as minutes, count(*)::int as sessions`;

/** Counselling time summed in SQL from the session records (row-level security scopes it to the tenant). */
@Injectable()
export class CounsellingTotalsService {
  constructor(private readonly em: EntityManager) {}

  async totals({ from, to, topResidents, kinds, residentsOnly }: CounsellingTotalsArgs): Promise<CounsellingTotals> {
    if (to < from) throw new BadUserInputError({ to: 'The end of the period cannot be before its start' });
    // The period plus the optional filters, as one where-clause shared by the four figures.
    const PERIOD = [
      'tenant_id = ? and occurred_on between ? and ?',
      ...(kinds?.length ? ['kind = any(?::session_kind[])'] : []),
      ...(residentsOnly ? ['resident_id is not null'] : []),
    ].join(' and ');
    const period: unknown[] = [getActor().tenantId, from, to, ...(kinds?.length ? [`{${kinds.join(',')}}`] : [])];
    // One snapshot for the four figures, so they always add up to the same records.
    return this.em.transactional(
      async (tx) => {
        const [total] = await tx.execute<(Sum & { hours: string; residents: number })[]>(
          `select ${SUM}, round(coalesce(sum(duration_minutes), 0) / 60.0, 2) as hours, count(distinct resident_id)::int as residents
             from counselling_session where ${PERIOD}`,
          period,
        );
        const byCounsellor = await tx.execute<(Sum & { counsellor_id: string })[]>(
          `select counsellor_id, ${SUM} from counselling_session where ${PERIOD}
            group by counsellor_id order by minutes desc, counsellor_id`,
          period,
        );
        const byMonth = await tx.execute<(Sum & { month: string })[]>(
          `select to_char(occurred_on, 'YYYY-MM') as month, ${SUM} from counselling_session where ${PERIOD}
            group by 1 order by 1`,
          period,
        );
        const byResident = await tx.execute<(Sum & { resident_id: string })[]>(
          `select resident_id, ${SUM} from counselling_session where ${PERIOD} and resident_id is not null
            group by resident_id order by minutes desc, resident_id limit ?`,
          [...period, topResidents],
        );
        return Object.assign(new CounsellingTotals(), {
          from,
          to,
          totalMinutes: total.minutes,
          totalHours: Number(total.hours),
          sessions: total.sessions,
          residents: total.residents,
          byCounsellor: byCounsellor.map((r) => Object.assign(new CounsellorMinutes(), { counsellorId: r.counsellor_id, minutes: r.minutes, sessions: r.sessions })),
          byMonth: byMonth.map((r) => Object.assign(new MonthMinutes(), { month: r.month, minutes: r.minutes, sessions: r.sessions })),
          byResident: byResident.map((r) => Object.assign(new ResidentMinutes(), { residentId: r.resident_id, minutes: r.minutes, sessions: r.sessions })),
        });
      },
      // Joins the request's transaction (a REPEATABLE READ snapshot for queries); its own outside a request.
      { propagation: TransactionPropagation.REQUIRED, isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
  }
}
