import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@bridgeway/api-audit';
import { NotFoundError } from '@bridgeway/api-common';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { Assessment } from './assessment.entity.js';
import { AssessmentInstrument } from './assessment-instrument.entity.js';
import { type AssessmentType, toAssessmentType } from './assessment.type.js';
import { type AssessmentInstrumentType, toInstrumentType } from './assessment-instrument.type.js';
import { scoreTotal } from './score-rules.js';
import type { RecordAssessmentInput } from './dto/record-assessment.input.js';

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async instruments(): Promise<AssessmentInstrumentType[]> {
    const instruments = await this.em.find(AssessmentInstrument, {}, { orderBy: { code: 'asc' } });
    return instruments.map(toInstrumentType);
  }

  /** Stores an administration: scores checked against the instrument's data, total = their sum. */
  record(input: RecordAssessmentInput): Promise<AssessmentType> {
    const actor = getActor();
    return this.em.transactional(async (tx) => {
      const resident = await tx.findOne(Resident, { tenant: actor.tenantId, id: input.residentId });
      if (!resident) throw new NotFoundError('Resident', input.residentId);
      const instrument = await tx.findOne(AssessmentInstrument, { code: input.instrumentCode });
      if (!instrument) throw new NotFoundError('AssessmentInstrument', input.instrumentCode);
      const total = scoreTotal(instrument, input.scores);
      const assessment = tx.create(Assessment, {
        tenant: tx.getReference(Tenant, actor.tenantId),
        resident,
        instrument,
        takenOn: input.takenOn,
        scores: [...input.scores],
        total,
        assessedBy: tx.getReference(UserAccount, [actor.tenantId, actor.userId]),
      });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Assessment', entityId: assessment.id, residentId: resident.id }, tx);
      return toAssessmentType(assessment);
    });
  }
}
