import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@bridgeway/api-common';
import { UserAccount } from '@bridgeway/api-organisations';
import { Relative, ResidentRelative } from '@bridgeway/api-relatives';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { CASE_WORKER_ROLES, Role } from '@bridgeway/shared-domain';
import { CounsellingSession } from './counselling-session.entity.js';
import { type CounsellingSessionType, toSessionType } from './counselling-session.type.js';
import type { LogCounsellingSessionInput } from './dto/log-counselling-session.input.js';
import type { LogRelativeSessionInput } from './dto/log-relative-session.input.js';
import type { SessionDetailsInput } from './dto/session-details.input.js';

@Injectable()
export class CounsellingService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<CounsellingSessionType> {
    if (!isUUID(id)) throw new NotFoundError('CounsellingSession', id);
    const session = await this.em.findOne(CounsellingSession, { tenant: getActor().tenantId, id });
    if (!session) throw new NotFoundError('CounsellingSession', id);
    return toSessionType(session);
  }

  /** A session with a resident. */
  logWithResident(input: LogCounsellingSessionInput): Promise<CounsellingSessionType> {
    return this.em.transactional(async (tx) => {
      const resident = await this.findResident(tx, input.residentId);
      return this.log(tx, input, { resident, relative: null });
    });
  }

  /** A session with a relative, on their own or about a resident they are linked to. */
  logWithRelative(input: LogRelativeSessionInput): Promise<CounsellingSessionType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const relative = await tx.findOne(Relative, { tenant: tenantId, id: input.relativeId });
      if (!relative) throw new NotFoundError('Relative', input.relativeId);
      const resident = input.residentId ? await this.findResident(tx, input.residentId) : null;
      if (resident && !(await tx.count(ResidentRelative, { tenant: tenantId, resident: [tenantId, resident.id], relative: [tenantId, relative.id] }))) {
        throw new BadUserInputError({ residentId: 'This relative is not linked to this resident' });
      }
      return this.log(tx, input, { resident, relative });
    });
  }

  private async log(tx: EntityManager, input: SessionDetailsInput, client: { resident: Resident | null; relative: Relative | null }): Promise<CounsellingSessionType> {
    const actor = getActor();
    const counsellor = await this.findCounsellor(tx, input.counsellorId ?? actor.userId);
    // The author reads the notes and is credited with the hours: only a manager records a session for someone else.
    if (counsellor.id !== actor.userId && actor.role !== Role.MANAGER) throw new ForbiddenError('Only a manager may log a session held by someone else');
    const session = tx.create(CounsellingSession, {
      tenant: tx.getReference(Tenant, actor.tenantId),
      resident: client.resident,
      relative: client.relative,
      counsellor,
      occurredOn: input.occurredOn,
      durationMinutes: input.durationMinutes,
      kind: input.kind,
      domains: input.domains ?? [],
      notes: input.notes ?? null,
      hopes: input.hopes ?? null,
      resources: input.resources ?? null,
      usefulExperience: input.usefulExperience ?? null,
      nextStep: input.nextStep ?? null,
    });
    await tx.flush();
    await this.audit.record({ action: 'CREATE', entityType: 'CounsellingSession', entityId: session.id, residentId: client.resident?.id ?? null }, tx);
    return toSessionType(session);
  }

  private async findResident(tx: EntityManager, id: string): Promise<Resident> {
    const resident = await tx.findOne(Resident, { tenant: getActor().tenantId, id });
    if (!resident) throw new NotFoundError('Resident', id);
    return resident;
  }

  /** The counsellor who held the session: an active counsellor or manager of the organisation. */
  private async findCounsellor(tx: EntityManager, id: string): Promise<UserAccount> {
    const user = await tx.findOne(UserAccount, { tenant: getActor().tenantId, id });
    if (!user) throw new NotFoundError('User', id);
    if (user.disabledAt || !CASE_WORKER_ROLES.includes(user.role)) {
      throw new BadUserInputError({ counsellorId: 'Choose an active counsellor or manager of your organisation' });
    }
    return user;
  }
}
