import { Injectable } from '@nestjs/common';
import { LockMode, OptimisticLockError, type Ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, NotFoundError } from '@bridgeway/api-common';
import { Department, DepartmentsService, UserAccount, staffMembers } from '@bridgeway/api-organisations';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { ConflictReason, LeaderKind } from '@bridgeway/shared-domain';
import { Member } from './member.entity.js';
import { Programme } from './programme.entity.js';
import { ProgrammeLeader } from './programme-leader.entity.js';
import { ProgrammeAccess } from './programme-access.js';
import { ProgrammeLeaderType, ProgrammeType, toProgrammeType } from './programme.type.js';
import { checkProgramme } from './programme-rules.js';
import { MeetingScheduler } from './meeting-scheduler.js';
import { MAX_LEADERS } from './dto/programme-fields.input.js';
import { PAGE_SIZES } from '@bridgeway/api-query-limits';
import type { CreateProgrammeInput } from './dto/create-programme.input.js';
import type { UpdateProgrammeInput } from './dto/update-programme.input.js';
import type { ProgrammesArgs, SetProgrammeLeadersArgs } from './dto/programmes.args.js';

const CHANGED = 'Someone else changed this programme in the meantime; reload and try again';

/** The leaders to set: staff by user id, volunteers by member id, and the input fields they came from. */
interface LeaderIds {
  userIds?: string[] | null;
  memberIds?: string[] | null;
  fields: { users: string; members: string };
}

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly access: ProgrammeAccess,
    private readonly departments: DepartmentsService,
    private readonly scheduler: MeetingScheduler,
  ) {}

  /** By name. Case workers: all (or those they lead with `mine`); anyone else: only those they lead. */
  async list(args: ProgrammesArgs): Promise<ProgrammeType[]> {
    const { tenantId, userId } = getActor();
    const mine = !!args.mine || !this.access.seesAll();
    const conditions = [
      'p.tenant_id = :tenantId',
      ...(args.status ? ['p.status = :status'] : []),
      ...(args.kind ? ['p.kind = :kind'] : []),
      ...(args.departmentId ? ['p.department_id = :departmentId'] : []),
      ...(mine ? ['exists (select 1 from programme_leader pl where pl.tenant_id = p.tenant_id and pl.programme_id = p.id and pl.user_id = :userId)'] : []),
    ];
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select p.* from programme p where ${conditions.join(' and ')} order by lower(p.name), p.id limit :first`,
      { tenantId, userId, status: args.status, kind: args.kind, departmentId: args.departmentId, first: args.first ?? PAGE_SIZES.programmes.default },
    );
    return rows.map((row) => toProgrammeType(this.em.map(Programme, row)));
  }

  /** NOT_FOUND for an unknown id, another organisation's, or (for a group leader) one they do not lead. */
  async read(id: string): Promise<ProgrammeType> {
    const programme = isUUID(id) ? await this.load(id) : null;
    if (!programme) throw new NotFoundError('Programme', id);
    await this.access.assertVisible(id);
    return programme;
  }

  /** A programme of the organisation by id, batched per request (no access check: callers hold a visible child). */
  load(id: string): Promise<ProgrammeType | null> {
    return requestLoader<string, ProgrammeType | null>('programmes.byId', async (ids) => {
      const rows = await this.em.find(Programme, { tenant: getActor().tenantId, id: { $in: [...ids] } });
      return byKey(ids, rows, (p) => p.id, ([p]) => (p ? toProgrammeType(p) : null));
    }).load(id);
  }

  /** Leaders of a programme, staff and volunteers, by name; batched per request. */
  leadersOf(programmeId: string): Promise<ProgrammeLeaderType[]> {
    return requestLoader<string, ProgrammeLeaderType[]>('programmes.leaders', async (ids) => {
      const rows = await this.em.execute<{ id: string; programme_id: string; user_id: string | null; member_id: string | null; display_name: string }[]>(
        `select pl.id, pl.programme_id, pl.user_id, pl.member_id, coalesce(u.display_name, m.first_name || ' ' || m.last_name) as display_name
           from programme_leader pl
           left join ${staffMembers('u')} on u.tenant_id = pl.tenant_id and u.id = pl.user_id
           left join member m on m.tenant_id = pl.tenant_id and m.id = pl.member_id
          where pl.tenant_id = :tenantId and pl.programme_id in (:programmeIds)
          order by lower(coalesce(u.display_name, m.first_name || ' ' || m.last_name)), pl.id`,
        { tenantId: getActor().tenantId, programmeIds: [...ids] },
      );
      const leaders = rows.map((r) =>
        Object.assign(new ProgrammeLeaderType(), {
          id: r.id,
          kind: r.user_id ? LeaderKind.STAFF : LeaderKind.VOLUNTEER,
          displayName: r.display_name,
          userId: r.user_id,
          memberId: r.member_id,
          programmeId: r.programme_id,
        }),
      );
      return byKey(ids, leaders, (l) => l.programmeId, (group) => group);
    }).load(programmeId);
  }

  async create(input: CreateProgrammeInput): Promise<ProgrammeType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const programme = tx.create(Programme, {
        tenant: tx.getReference(Tenant, tenantId),
        name: input.name,
        kind: input.kind,
        audience: input.audience,
        mode: input.mode,
        place: input.place ?? null,
        meetingLink: input.meetingLink ?? null,
        description: input.description ?? null,
        department: input.departmentId ? await this.department(tx, input.departmentId) : null,
        goalDomains: [...new Set(input.goalDomains ?? [])],
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
      });
      setSchedule(programme, input.schedule ?? null);
      checkProgramme(programme);
      await tx.flush();
      await this.replaceLeaders(tx, programme.id, { userIds: input.leaderUserIds ?? [], memberIds: input.leaderMemberIds ?? [], fields: { users: 'leaderUserIds', members: 'leaderMemberIds' } });
      await this.audit.record({ action: 'CREATE', entityType: 'Programme', entityId: programme.id }, tx);
      await this.scheduler.reconcile(tx, programme.id);
      return toProgrammeType(programme);
    });
  }

  /**
   * Changes the fields given. A change of schedule, dates or status cancels the future generated
   * meetings that no longer fit (without attendance, not moved by hand) and generates the new slots.
   */
  async update(input: UpdateProgrammeInput): Promise<ProgrammeType> {
    const { tenantId } = getActor();
    try {
      return await this.em.transactional(async (tx) => {
        const programme = await tx.findOne(Programme, { tenant: tenantId, id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!programme) throw new NotFoundError('Programme', input.id);
        if (programme.version !== input.version) throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH, currentVersion: programme.version });
        // Required fields: null leaves them as they are. Optional ones: null clears.
        if (input.name != null) programme.name = input.name;
        if (input.kind != null) programme.kind = input.kind;
        if (input.audience != null) programme.audience = input.audience;
        if (input.mode != null) programme.mode = input.mode;
        if (input.startsOn != null) programme.startsOn = input.startsOn;
        if (input.status != null) programme.status = input.status;
        if (input.place !== undefined) programme.place = input.place;
        if (input.meetingLink !== undefined) programme.meetingLink = input.meetingLink;
        if (input.description !== undefined) programme.description = input.description;
        if (input.endsOn !== undefined) programme.endsOn = input.endsOn;
        if (input.goalDomains !== undefined) programme.goalDomains = [...new Set(input.goalDomains ?? [])];
        if (input.departmentId !== undefined) programme.department = input.departmentId ? await this.department(tx, input.departmentId) : null;
        if (input.schedule !== undefined) setSchedule(programme, input.schedule);
        checkProgramme(programme);
        await tx.flush();
        if (input.leaderUserIds != null || input.leaderMemberIds != null) {
          await this.replaceLeaders(tx, programme.id, { userIds: input.leaderUserIds, memberIds: input.leaderMemberIds, fields: { users: 'leaderUserIds', members: 'leaderMemberIds' } });
        }
        await this.audit.record({ action: 'UPDATE', entityType: 'Programme', entityId: programme.id }, tx);
        await this.scheduler.reconcile(tx, programme.id);
        return toProgrammeType(programme);
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH });
      throw error;
    }
  }

  async setLeaders(args: SetProgrammeLeadersArgs): Promise<ProgrammeType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const programme = await tx.findOne(Programme, { tenant: tenantId, id: args.programmeId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!programme) throw new NotFoundError('Programme', args.programmeId);
      const count = await this.replaceLeaders(tx, programme.id, { userIds: args.userIds, memberIds: args.memberIds, fields: { users: 'userIds', members: 'memberIds' } });
      await this.audit.record({ action: 'UPDATE', entityType: 'Programme', entityId: programme.id, details: { leaders: count } }, tx);
      return toProgrammeType(programme);
    });
  }

  /** A department records can be put into (NOT_FOUND if not the organisation's, BAD_USER_INPUT if closed). */
  private async department(tx: EntityManager, departmentId: string): Promise<Ref<Department>> {
    const department = await this.departments.assignable(tx, departmentId);
    return tx.getReference(Department, [getActor().tenantId, department.id], { wrapped: true });
  }

  /**
   * Replaces the staff leaders (when `userIds` is given) and the volunteer leaders (when
   * `memberIds` is given). Staff must be active users of the organisation, volunteers its members.
   * Returns how many leaders the programme has now.
   */
  private async replaceLeaders(tx: EntityManager, programmeId: string, { userIds, memberIds, fields }: LeaderIds): Promise<number> {
    const tenantId = getActor().tenantId;
    const tenant = tx.getReference(Tenant, tenantId);
    const programme = tx.getReference(Programme, [tenantId, programmeId]);
    if (userIds != null) {
      const ids = [...new Set(userIds)];
      const users = ids.length ? await tx.find(UserAccount, { tenant: tenantId, id: { $in: ids } }) : [];
      const missing = ids.find((id) => !users.some((u) => u.id === id));
      if (missing) throw new NotFoundError('User', missing);
      if (users.some((u) => u.disabledAt)) throw new BadUserInputError({ [fields.users]: 'Choose active staff members only' });
      await tx.execute('delete from programme_leader where tenant_id = :tenantId and programme_id = :programmeId and user_id is not null', { tenantId, programmeId });
      for (const user of users) tx.create(ProgrammeLeader, { tenant, programme, user });
    }
    if (memberIds != null) {
      const ids = [...new Set(memberIds)];
      const members = ids.length ? await tx.find(Member, { tenant: tenantId, id: { $in: ids } }) : [];
      const missing = ids.find((id) => !members.some((m) => m.id === id));
      if (missing) throw new NotFoundError('Member', missing);
      await tx.execute('delete from programme_leader where tenant_id = :tenantId and programme_id = :programmeId and member_id is not null', { tenantId, programmeId });
      for (const member of members) tx.create(ProgrammeLeader, { tenant, programme, member });
    }
    await tx.flush();
    const [{ count }] = await tx.execute<{ count: number }[]>('select count(*)::int as count from programme_leader where tenant_id = :tenantId and programme_id = :programmeId', { tenantId, programmeId });
    if (count > MAX_LEADERS) throw new BadUserInputError({ [fields.users]: `A programme can have at most ${MAX_LEADERS} leaders` });
    return count;
  }
}

/** Sets the four schedule columns together (all or none, as the check constraint wants). */
function setSchedule(programme: Programme, schedule: { intervalWeeks: number; weekday: number; startTime: string; endTime: string } | null): void {
  programme.scheduleIntervalWeeks = schedule?.intervalWeeks ?? null;
  programme.scheduleWeekday = schedule?.weekday ?? null;
  programme.scheduleStartTime = schedule?.startTime ?? null;
  programme.scheduleEndTime = schedule?.endTime ?? null;
}
