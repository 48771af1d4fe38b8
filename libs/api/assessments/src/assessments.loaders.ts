import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { Assessment } from './assessment.entity.js';
import { AssessmentInstrument } from './assessment-instrument.entity.js';
import { type AssessmentType, toAssessmentType } from './assessment.type.js';
import { type AssessmentInstrumentType, toInstrumentType } from './assessment-instrument.type.js';

/** Request-scoped batch loaders: one query per relation for a whole list. */
@Injectable()
export class AssessmentsLoaders {
  constructor(private readonly em: EntityManager) {}

  /**
   * A resident's latest `first` assessments, oldest first (a trend; the page is cut in SQL);
   * only one instrument's when `instrumentCode` is given.
   */
  assessmentsOfResident(residentId: string, instrumentCode: string | null, first: number): Promise<AssessmentType[]> {
    return requestLoader<string, AssessmentType[]>(`assessments.byResident:${instrumentCode ?? '*'}:${first}`, async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        firstPerParent({
          table: 'assessment',
          parent: 'resident_id',
          orderBy: 't.taken_on desc, t.created_at desc, t.id desc',
          reversed: true,
          ...(instrumentCode === null ? {} : { where: 't.instrument_code = :instrumentCode' }),
        }),
        { tenantId: getActor().tenantId, parentIds: [...ids], first, instrumentCode },
      );
      const assessments = withoutRank(rows).map((row) => this.em.map(Assessment, row));
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
