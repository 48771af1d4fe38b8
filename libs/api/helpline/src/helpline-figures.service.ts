import { Injectable } from '@nestjs/common';
import { IsolationLevel, TransactionPropagation } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DepartmentsService } from '@bridgeway/api-organisations';
import { getActor } from '@bridgeway/api-tenancy';
import type { ContactChannel, HelplineTopic } from '@bridgeway/shared-domain';
import { HelplineCount, HelplineFigures } from './helpline-figures.type.js';
import { checkDepartmentFilter } from './helpline-records.js';
import type { HelplineFiguresArgs } from './dto/helpline-figures.args.js';

/** The arguments of both SQL functions, by name (docs/figures.md). */
const ARGS = 'p_tenant_id => :tenantId::uuid, p_from => :from::date, p_to => :to::date, p_department_id => :departmentId::uuid';

interface TotalsRow {
  contacts: number;
  contact_minutes: number;
  anonymous_contacts: number;
  bereaved_followed_up: number;
}

interface CountRow {
  month: string;
  channel: ContactChannel;
  topic: HelplineTopic | null;
  contacts: number;
}

/** The helpline figures come only from the SQL functions that define them (migration ..._helpline_figures). */
@Injectable()
export class HelplineFiguresService {
  constructor(
    private readonly em: EntityManager,
    private readonly departments: DepartmentsService,
  ) {}

  async figures({ from, to, departmentId }: HelplineFiguresArgs): Promise<HelplineFigures> {
    await checkDepartmentFilter(this.departments, departmentId);
    const params = { tenantId: getActor().tenantId, from, to, departmentId: departmentId ?? null };
    return this.em.transactional(
      async (tx) => {
        const [totals] = await tx.execute<TotalsRow[]>(`select * from helpline_figures(${ARGS})`, params);
        const counts = await tx.execute<CountRow[]>(`select month, channel, topic, contacts from helpline_contact_counts(${ARGS})`, params);
        return Object.assign(new HelplineFigures(), {
          contacts: totals.contacts,
          contactMinutes: totals.contact_minutes,
          anonymousContacts: totals.anonymous_contacts,
          bereavedFollowedUp: totals.bereaved_followed_up,
          counts: counts.map((row) => Object.assign(new HelplineCount(), { month: row.month, channel: row.channel, topic: row.topic ?? null, contacts: row.contacts })),
        });
      },
      // Both functions read one snapshot, so the totals and the counts add up to the same contacts.
      { propagation: TransactionPropagation.REQUIRED, isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
  }
}
