import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@bridgeway/api-audit';
import { NotFoundError } from '@bridgeway/api-common';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { ConsentDecisionType, ConsortiumConsentType } from './consortium.type.js';
import type { RecordConsortiumConsentInput } from './dto/record-consent.input.js';
import { ResidentConsent } from './resident-consent.entity.js';

interface DecisionRow {
  id: string;
  resident_id: string;
  given: boolean;
  decided_on: string;
  recorded_by_id: string;
}

@Injectable()
export class ConsentService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /** Appends a decision (history is never rewritten); audited as an UPDATE of the resident. */
  async record(input: RecordConsortiumConsentInput): Promise<ConsortiumConsentType> {
    const { tenantId, userId } = getActor();
    await this.em.transactional(async (tx) => {
      const resident = await tx.findOne(Resident, { tenant: tenantId, id: input.residentId }, { fields: ['id'] });
      if (!resident) throw new NotFoundError('Resident', input.residentId);
      const decision = tx.create(ResidentConsent, {
        tenant: tx.getReference(Tenant, tenantId),
        resident: tx.getReference(Resident, [tenantId, input.residentId]),
        given: input.given,
        decidedOn: input.decidedOn,
        recordedBy: tx.getReference(UserAccount, [tenantId, userId]),
      });
      await tx.flush();
      await this.audit.record(
        { action: 'UPDATE', entityType: 'Resident', entityId: input.residentId, residentId: input.residentId, details: { consortiumConsent: input.given, decidedOn: input.decidedOn, decisionId: decision.id } },
        tx,
      );
    });
    return this.ofResident(input.residentId);
  }

  /** The consent of each resident of the request, in one query; newest decision first (decision date, then recording). */
  ofResident(residentId: string): Promise<ConsortiumConsentType> {
    return requestLoader<string, ConsortiumConsentType>('consent.ofResident', async (ids) => {
      const rows = await this.em.execute<DecisionRow[]>(
        `select id, resident_id, given, to_char(decided_on, 'YYYY-MM-DD') as decided_on, recorded_by_id from resident_consent
          where tenant_id = :tenantId and resident_id = any(:ids::uuid[]) order by decided_on desc, created_at desc, id desc`,
        { tenantId: getActor().tenantId, ids: `{${ids.join(',')}}` },
      );
      return byKey(ids, rows, (r) => r.resident_id, toConsent);
    }).load(residentId);
  }
}

function toConsent(rows: DecisionRow[]): ConsortiumConsentType {
  const history = rows.map((r) => Object.assign(new ConsentDecisionType(), { id: r.id, given: r.given, decidedOn: r.decided_on, recordedById: r.recorded_by_id }));
  return Object.assign(new ConsortiumConsentType(), { given: history[0]?.given ?? true, decidedOn: history[0]?.decidedOn ?? null, history });
}
