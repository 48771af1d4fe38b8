import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '@bridgeway/api-common';
import { getActor, requestLoader } from '@bridgeway/api-tenancy';
import { CASE_WORKER_ROLES, Role } from '@bridgeway/shared-domain';

/**
 * Who sees which programme. Case workers see all of the organisation's programmes; anyone else
 * (a group leader) only those they lead, and another programme does not exist for them
 * (NOT_FOUND). Every root path hands out only visible programmes; the fields that carry
 * participants check again (one query per request), so no future path can leak them.
 */
@Injectable()
export class ProgrammeAccess {
  constructor(private readonly em: EntityManager) {}

  seesAll(): boolean {
    return CASE_WORKER_ROLES.includes(getActor().role);
  }

  isManager(): boolean {
    return getActor().role === Role.MANAGER;
  }

  /** The programmes the actor leads as a staff member, read once per request. */
  led(): Promise<ReadonlySet<string>> {
    return requestLoader<string, ReadonlySet<string>>('programmes.ledByActor', async (keys) => {
      const { tenantId, userId } = getActor();
      const rows = await this.em.execute<{ programme_id: string }[]>(
        'select programme_id from programme_leader where tenant_id = :tenantId and user_id = :userId',
        { tenantId, userId },
      );
      const ids = new Set(rows.map((r) => r.programme_id));
      return keys.map(() => ids);
    }).load('me');
  }

  async canSee(programmeId: string): Promise<boolean> {
    return this.seesAll() || (await this.led()).has(programmeId);
  }

  /** NOT_FOUND unless the actor may see the programme. */
  async assertVisible(programmeId: string, entity = 'Programme', id = programmeId): Promise<void> {
    if (!(await this.canSee(programmeId))) throw new NotFoundError(entity, id);
  }

  /** For fields that carry participants: FORBIDDEN on a programme the actor may not see. */
  async assertFieldVisible(programmeId: string): Promise<void> {
    if (!(await this.canSee(programmeId))) throw new ForbiddenError('You do not lead this programme');
  }

  /** Inside a mutation: whether the actor leads the programme (read in the mutation's transaction). */
  async leads(tx: EntityManager, programmeId: string): Promise<boolean> {
    const { tenantId, userId } = getActor();
    const [row] = await tx.execute<{ leads: boolean }[]>(
      'select exists (select 1 from programme_leader where tenant_id = :tenantId and programme_id = :programmeId and user_id = :userId) as leads',
      { tenantId, programmeId, userId },
    );
    return row.leads;
  }

  /**
   * Meetings of a programme may be added, moved and cancelled by a manager or a leader of it; attendance
   * (`caseWorkers`) also by a counsellor. Anyone else gets NOT_FOUND, as if the programme did not exist.
   */
  async assertMayRun(tx: EntityManager, programmeId: string, { caseWorkers = false, entity = 'Programme', id = programmeId } = {}): Promise<void> {
    if (this.isManager() || (caseWorkers && this.seesAll())) return;
    if (!(await this.leads(tx, programmeId))) throw new NotFoundError(entity, id);
  }
}
