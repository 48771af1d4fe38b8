import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { Assessment } from './assessment.entity.js';
import { AssessmentInstrument } from './assessment-instrument.entity.js';
import { type AssessmentType, toAssessmentType } from './assessment.type.js';
import { type AssessmentInstrumentType, toInstrumentType } from './assessment-instrument.type.js';

/** Request-scoped batch loaders: one query per relation for a whole list. */
@Injectable()
export class AssessmentsLoaders {
  constructor(private readonly em: EntityManager) {}

  /** A resident's assessments, oldest first (a trend); only one instrument's when `instrumentCode` is given. */
  assessmentsOfResident(residentId: string, instrumentCode: string | null): Promise<AssessmentType[]> {
    return requestLoader<string, AssessmentType[]>(`assessments.byResident:${instrumentCode ?? '*'}`, async (ids) => {
      const { tenantId } = getActor();
      const assessments = await this.em.find(
        Assessment,
        { tenant: tenantId, resident: { $in: ids.map((id) => [tenantId, id]) }, ...(instrumentCode === null ? {} : { instrument: { code: instrumentCode } }) },
        { orderBy: { takenOn: 'asc', createdAt: 'asc', id: 'asc' } },
      );
      return byKey(ids, assessments, (a) => a.resident.id, (group) => group.map(toAssessmentType));
    }).load(residentId);
  }

  instrument(code: string): Promise<AssessmentInstrumentType | null> {
    return requestLoader<string, AssessmentInstrumentType | null>('assessments.instrumentByCode', async (codes) => {
      const instruments = await this.em.find(AssessmentInstrument, { code: { $in: [...codes] } });
      return byKey(codes, instruments, (i) => i.code, ([i]) => (i ? toInstrumentType(i) : null));
    }).load(code);
  }
}
