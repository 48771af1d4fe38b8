import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@bridgeway/api-audit';
import { NotFoundError } from '@bridgeway/api-common';
import { OrganisationType } from '@bridgeway/api-organisations';
import { getActor } from '@bridgeway/api-tenancy';
import { Metric, Role } from '@bridgeway/shared-domain';
import { ConsortiumOverviewType, ConsortiumType, PartnerFiguresType } from './consortium.type.js';
import type { ConsortiumOverviewArgs } from './dto/consortium-overview.args.js';
import { hours } from './metric-values.service.js';
import { suppressSmallCells } from './suppression.js';

interface ConsortiumRow {
  id: string;
  name: string;
  small_cell_threshold: number;
  members: { id: string; name: string }[];
}

interface PartnerRow {
  tenant_id: string;
  tenant_name: string;
  residences_open: number;
  current_residents: number;
  counselling_minutes: number;
  people_counselled: number;
  trainings_held: number;
  goals_achieved: number;
}

/**
 * The caller's consortia: a coordinator those they coordinate, a manager those their tenant
 * belongs to. Row security (consortium_visible_ids()) limits the rows as well.
 */
const MINE = `
  select c.id, c.name, c.small_cell_threshold,
         coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name) order by t.name, t.id)
                     from (select distinct tenant_id from consortium_member m where m.consortium_id = c.id) m
                     join tenant t on t.id = m.tenant_id), '[]') as members
    from consortium c
   where case when :role = 'CONSORTIUM_COORDINATOR'
              then exists (select 1 from consortium_coordinator k where k.consortium_id = c.id and k.tenant_id = :tenantId and k.user_id = :userId)
              else exists (select 1 from consortium_member m where m.consortium_id = c.id and m.tenant_id = :tenantId) end`;

/** The contract's six figures of a partner row: the only metrics the overview computes. */
const OVERVIEW_METRICS_SQL = `array[${[
  Metric.RESIDENCES_OPEN, Metric.CURRENT_RESIDENTS, Metric.COUNSELLING_HOURS, Metric.PEOPLE_COUNSELLED, Metric.TRAININGS_HELD, Metric.GOALS_ACHIEVED,
].map((m) => `'${m}'`).join(', ')}]`;


@Injectable()
export class ConsortiaService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ConsortiumType[]> {
    const rows = await this.em.execute<ConsortiumRow[]>(`${MINE} order by c.name, c.id`, this.caller());
    return rows.map(toConsortium);
  }

  /**
   * Aggregates per member tenant from the one cross-tenant path, consortium_partner_figures()
   * (SECURITY DEFINER, checks the caller again, consenting residents only), suppressed here.
   */
  async overview({ consortiumId, from, to }: ConsortiumOverviewArgs): Promise<ConsortiumOverviewType> {
    const [consortium] = await this.em.execute<ConsortiumRow[]>(`${MINE} and c.id = :consortiumId`, { ...this.caller(), consortiumId });
    if (!consortium) throw new NotFoundError('Consortium', consortiumId);
    const rows = await this.em.execute<PartnerRow[]>(
      `select * from consortium_partner_figures(:consortiumId::uuid, :from::date, :to::date, null, null, null, ${OVERVIEW_METRICS_SQL})
        order by tenant_name, tenant_id`,
      { consortiumId, from, to },
    );
    await this.audit.record({ action: 'READ', entityType: 'ConsortiumOverview', entityId: consortiumId, details: { consortiumId, from, to } });
    const { partners: shown, totals: shownTotals } = suppressSmallCells(
      rows.map((r) => ({ currentResidents: r.current_residents, peopleCounselled: r.people_counselled, goalsAchieved: r.goals_achieved })),
      consortium.small_cell_threshold,
    );
    const partners = rows.map((r, i) =>
      Object.assign(new PartnerFiguresType(), {
        organisation: Object.assign(new OrganisationType(), { id: r.tenant_id, name: r.tenant_name }),
        residencesOpen: r.residences_open,
        counsellingHours: hours(r.counselling_minutes),
        trainingsHeld: r.trainings_held,
        ...shown[i],
      }),
    );
    const sum = (pick: (r: PartnerRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
    const totals = Object.assign(new PartnerFiguresType(), {
      organisation: null,
      residencesOpen: sum((r) => r.residences_open),
      currentResidents: shownTotals.currentResidents,
      counsellingHours: hours(sum((r) => r.counselling_minutes)),
      peopleCounselled: shownTotals.peopleCounselled,
      trainingsHeld: sum((r) => r.trainings_held),
      goalsAchieved: shownTotals.goalsAchieved,
    });
    return Object.assign(new ConsortiumOverviewType(), {
      consortium: toConsortium(consortium),
      partners,
      totals,
      source: { consortiumId, from, to, threshold: consortium.small_cell_threshold },
    });
  }

  private caller() {
    const { tenantId, userId, role } = getActor();
    return { tenantId, userId, role: role === Role.CONSORTIUM_COORDINATOR ? role : Role.MANAGER };
  }
}

function toConsortium(row: ConsortiumRow): ConsortiumType {
  return Object.assign(new ConsortiumType(), {
    id: row.id,
    name: row.name,
    members: row.members.map((m) => Object.assign(new OrganisationType(), m)),
  });
}
