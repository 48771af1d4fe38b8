import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ConsortiaService, type ConsortiumType } from '@bridgeway/api-consortia';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { fundingFromRow, indicatorFromRow, milestoneFromRow, objectiveFromRow, publishedSummaryFromRow } from './plan-rows.js';
import { IndicatorYearTargetType, type FundingType, type IndicatorType, type MilestoneType, type ObjectiveType, type PublishedReportSummaryType } from './plan.types.js';

type Row = Record<string, unknown>;

/**
 * The parts of plans, batched per request (one query per relation, whatever the number of plans).
 * The parents were checked visible by the operation that returned them; row security keeps the tenant.
 */
@Injectable()
export class PlansLoaders {
  constructor(
    private readonly em: EntityManager,
    private readonly consortia: ConsortiaService,
  ) {}

  objectives(planId: string): Promise<ObjectiveType[]> {
    return this.byParent('plans.objectives', 'objective', 'plan_id', 'position, id', planId, objectiveFromRow);
  }

  indicators(objectiveId: string): Promise<IndicatorType[]> {
    return this.byParent('plans.indicators', 'indicator', 'objective_id', 'position, id', objectiveId, indicatorFromRow);
  }

  milestones(planId: string): Promise<MilestoneType[]> {
    return this.byParent('plans.milestones', 'milestone', 'plan_id', 'due_on, title, id', planId, milestoneFromRow);
  }

  funding(planId: string): Promise<FundingType[]> {
    return this.byParent('plans.funding', 'funding', 'plan_id', 'funder, id', planId, fundingFromRow);
  }

  yearTargets(indicatorId: string): Promise<IndicatorYearTargetType[]> {
    return this.byParent('plans.yearTargets', 'indicator_year_target', 'indicator_id', 'year', indicatorId, (r) =>
      Object.assign(new IndicatorYearTargetType(), { year: r.year as number, target: Number(r.target) }),
    );
  }

  /** The latest `first` published reports of a plan, newest first. */
  publishedReports(planId: string, first: number): Promise<PublishedReportSummaryType[]> {
    return requestLoader<string, PublishedReportSummaryType[]>(`plans.publishedReports:${first}`, async (ids) => {
      const rows = await this.em.execute<Row[]>(
        `select r.*, u.display_name from (${firstPerParent({ table: 'published_report', parent: 'plan_id', orderBy: 't.published_at desc, t.id desc' })}) r
           join user_account u on u.tenant_id = r.tenant_id and u.id = r.published_by_id
          order by r.plan_id, r.page_rank`,
        { tenantId: getActor().tenantId, parentIds: [...ids], first },
      );
      return byKey(ids, withoutRank(rows), (r) => r.plan_id as string, (group) => group.map(publishedSummaryFromRow));
    }).load(planId);
  }

  /** A consortium the caller sees (ConsortiaService: a coordinator those they coordinate). */
  consortium(id: string): Promise<ConsortiumType | null> {
    return requestLoader<string, ConsortiumType | null>('plans.consortium', async (ids) => {
      const mine = await this.consortia.list();
      return ids.map((id) => mine.find((c) => c.id === id) ?? null);
    }).load(id);
  }

  private byParent<T>(key: string, table: string, parent: string, orderBy: string, id: string, map: (row: Row) => T): Promise<T[]> {
    return requestLoader<string, T[]>(key, async (ids) => {
      const rows = await this.em.execute<Row[]>(`select * from ${table} where tenant_id = :tenantId and ${parent} in (:ids) order by ${parent}, ${orderBy}`, {
        tenantId: getActor().tenantId,
        ids: [...ids],
      });
      return byKey(ids, rows, (r) => r[parent] as string, (group) => group.map(map));
    }).load(id);
  }
}
