import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Department } from '@bridgeway/api-organisations';
import { CounsellingAudience } from '@bridgeway/api-consortia';
import { GoalDomain, Metric, SessionKind } from '@bridgeway/shared-domain';
import { Objective } from './objective.entity.js';

/**
 * A figure of the metric registry (optionally narrowed by the filters its metric takes: goal
 * domain, department, session kind, audience) with a target for the plan period; per-year targets
 * in indicator_year_target.
 */
@Entity(tenantOwned<Indicator>('indicator'))
@Index({ properties: ['tenant', 'objective', 'position'] })
// MikroORM 7.2.1 reads this check back from PostgreSQL (`target >= (0)::double precision`) as
// `target >= 0 precision`, so every generated migration drops and re-adds it (and the year
// target's): delete those lines from a new migration; the database already holds this check.
@Check({ name: 'indicator_target_check', expression: 'target >= 0' })
export class Indicator extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Objective, ref: true, joinColumns: ['tenant_id', 'objective_id'], updateRule: 'no action', deleteRule: 'cascade' })
  objective!: Ref<Objective>;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => Metric })
  metric!: Metric;

  @Enum({ items: () => GoalDomain, nativeEnumName: 'goal_domain', nullable: true })
  goalDomain?: GoalDomain | null;

  @Enum({ items: () => SessionKind, nativeEnumName: 'session_kind', nullable: true })
  sessionKind?: SessionKind | null;

  @Enum({ items: () => CounsellingAudience, nullable: true })
  audience?: CounsellingAudience | null;

  @ManyToOne({ entity: () => Department, ref: true, nullable: true, joinColumns: ['tenant_id', 'department_id'], updateRule: 'no action', deleteRule: 'no action' })
  department?: Ref<Department> | null;

  @Property({ type: 'double precision', nullable: true })
  baseline?: number | null;

  @Property({ type: 'double precision' })
  target!: number;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}
