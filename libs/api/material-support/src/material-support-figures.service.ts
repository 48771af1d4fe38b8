import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@bridgeway/api-common';
import { DepartmentsService } from '@bridgeway/api-organisations';
import { getActor } from '@bridgeway/api-tenancy';
import { HANDOUT_KINDS, HandoutKind } from '@bridgeway/shared-domain';
import { HandoutKindFigure, MaterialSupportFigures } from './material-support-figures.type.js';
import type { MaterialSupportFiguresArgs } from './dto/handouts.args.js';

interface KindRow {
  kind: HandoutKind;
  handouts: number;
  quantity: number;
  named_recipients: number;
  anonymous_recipients: number;
}

/** The material-support figures come only from the SQL function that defines them (migration ..._material_support_figures). */
@Injectable()
export class MaterialSupportFiguresService {
  constructor(
    private readonly em: EntityManager,
    private readonly departments: DepartmentsService,
  ) {}

  async figures({ from, to, departmentId }: MaterialSupportFiguresArgs): Promise<MaterialSupportFigures> {
    if (departmentId && !(await this.departments.load(departmentId))) throw new NotFoundError('Department', departmentId);
    const rows = await this.em.execute<KindRow[]>(
      `select kind, handouts, quantity, named_recipients, anonymous_recipients
         from material_support_figures(p_tenant_id => :tenantId::uuid, p_from => :from::date, p_to => :to::date, p_department_id => :departmentId::uuid)`,
      { tenantId: getActor().tenantId, from, to, departmentId: departmentId ?? null },
    );
    // Every kind, in HandoutKind order: a chart and its table keep their rows when a kind had none.
    const byKind = HANDOUT_KINDS.map((kind) => {
      const row = rows.find((r) => r.kind === kind);
      return Object.assign(new HandoutKindFigure(), {
        kind,
        handouts: row?.handouts ?? 0,
        quantity: row?.quantity ?? 0,
        namedRecipients: row?.named_recipients ?? 0,
        anonymousRecipients: row?.anonymous_recipients ?? 0,
      });
    });
    return Object.assign(new MaterialSupportFigures(), {
      parcels: byKind.find((k) => k.kind === HandoutKind.FOOD_PARCEL)?.quantity ?? 0,
      handouts: byKind.reduce((sum, k) => sum + k.handouts, 0),
      byKind,
    });
  }
}
