import { Injectable } from '@nestjs/common';
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, NotFoundError, type OpenPeriod, type Period } from '@bridgeway/api-common';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { ConflictReason, MeetingStatus } from '@bridgeway/shared-domain';
import { Meeting } from './meeting.entity.js';
import { Programme } from './programme.entity.js';
import { MeetingType, toMeetingType } from './meeting.type.js';
import { MeetingAttendanceType } from './programme.type.js';
import { ProgrammeAccess } from './programme-access.js';
import { MeetingScheduler } from './meeting-scheduler.js';
import { MAX_MEETING_HOURS, type AddMeetingInput, type CancelMeetingArgs, type MoveMeetingInput } from './dto/meeting.inputs.js';

const CHANGED = 'Someone else changed this meeting in the meantime; reload and try again';
/** Held meetings of one programme in one attendanceHistory answer (NATURAL_LIST_SIZES 'Programme.attendanceHistory'). */
const HISTORY_MAX = 600;

/** Local days of the organisation as a range of `starts_at` (alias `t`); the tenant's zone by subquery. */
const ZONE = '(select time_zone from tenant where id = :tenantId)';
const FROM_DAY = `t.starts_at >= (:from::date::timestamp at time zone ${ZONE})`;
const TO_DAY = `t.starts_at < ((:to::date + 1)::timestamp at time zone ${ZONE})`;

@Injectable()
export class MeetingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly access: ProgrammeAccess,
    private readonly scheduler: MeetingScheduler,
  ) {}

  /** NOT_FOUND for an unknown id, another organisation's, or a meeting of a programme a group leader does not lead. */
  async read(id: string): Promise<MeetingType> {
    const meeting = isUUID(id) ? await this.em.findOne(Meeting, { tenant: getActor().tenantId, id }) : null;
    if (!meeting) throw new NotFoundError('Meeting', id);
    await this.access.assertVisible(meeting.programme.id, 'Meeting', id);
    return toMeetingType(meeting);
  }

  /** The meetings generateMeetings added (none when nothing was missing). */
  async generate(programmeId: string): Promise<MeetingType[]> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      // Not a UUID: no such programme (rather than a database type error).
      const programme = isUUID(programmeId) ? await tx.findOne(Programme, { tenant: tenantId, id: programmeId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!programme) throw new NotFoundError('Programme', programmeId);
      const ids = await this.scheduler.generate(tx, programmeId);
      const meetings = ids.length ? await tx.find(Meeting, { tenant: tenantId, id: { $in: ids } }, { orderBy: { startsAt: 'asc' } }) : [];
      return meetings.map(toMeetingType);
    });
  }

  async add(input: AddMeetingInput): Promise<MeetingType> {
    const { tenantId } = getActor();
    checkTimes(input.startsAt, input.endsAt);
    return this.em.transactional(async (tx) => {
      const programme = await tx.findOne(Programme, { tenant: tenantId, id: input.programmeId });
      if (!programme) throw new NotFoundError('Programme', input.programmeId);
      await this.access.assertMayRun(tx, programme.id);
      const meeting = tx.create(Meeting, {
        tenant: tx.getReference(Tenant, tenantId),
        programme,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        scheduledFor: null,
        place: input.place ?? null,
        note: input.note ?? null,
      });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Meeting', entityId: meeting.id }, tx);
      return toMeetingType(meeting);
    });
  }

  /** A scheduled meeting to another time (and place); it keeps its slot, so generating again does not bring the old time back. */
  async move(input: MoveMeetingInput): Promise<MeetingType> {
    checkTimes(input.startsAt, input.endsAt);
    return this.changing(input.id, input.version, async (meeting) => {
      if (meeting.status !== MeetingStatus.SCHEDULED) {
        throw new BadUserInputError({ id: meeting.status === MeetingStatus.HELD ? 'Attendance was taken: a held meeting cannot be moved' : 'A cancelled meeting cannot be moved' });
      }
      const from = meeting.startsAt.toISOString();
      meeting.startsAt = input.startsAt;
      meeting.endsAt = input.endsAt;
      if (input.place != null) meeting.place = input.place;
      return { action: 'MOVE', details: { from, to: input.startsAt.toISOString() } };
    });
  }

  async cancel({ id, version, reason }: CancelMeetingArgs): Promise<MeetingType> {
    return this.changing(id, version, async (meeting) => {
      if (meeting.status === MeetingStatus.HELD) throw new BadUserInputError({ id: 'Attendance was taken: a held meeting cannot be cancelled' });
      if (meeting.status === MeetingStatus.CANCELLED) throw new BadUserInputError({ id: 'This meeting is already cancelled' });
      meeting.status = MeetingStatus.CANCELLED;
      meeting.cancelReason = reason;
      return { action: 'CANCEL' };
    });
  }

  /** Locks the meeting, checks who may change it and its version, applies `change`, flushes and audits. */
  private async changing(
    id: string,
    version: number,
    change: (meeting: Meeting) => Promise<{ action: 'MOVE' | 'CANCEL'; details?: Record<string, string> }>,
  ): Promise<MeetingType> {
    const { tenantId } = getActor();
    try {
      return await this.em.transactional(async (tx) => {
        const meeting = await tx.findOne(Meeting, { tenant: tenantId, id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!meeting) throw new NotFoundError('Meeting', id);
        await this.access.assertMayRun(tx, meeting.programme.id, { entity: 'Meeting', id });
        if (meeting.version !== version) throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH, currentVersion: meeting.version });
        const { action, details } = await change(meeting);
        await tx.flush();
        await this.audit.record({ action, entityType: 'Meeting', entityId: meeting.id, details }, tx);
        return toMeetingType(meeting);
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH });
      throw error;
    }
  }

  /** Upcoming meetings of a programme (not cancelled, not over), soonest first; batched per request. */
  nextOf(programmeId: string, first: number): Promise<MeetingType[]> {
    return this.pagePerProgramme(`meetings.next:${first}`, programmeId, first, 't.starts_at, t.id', "t.status <> 'CANCELLED' and t.ends_at > now()", {});
  }

  /** Meetings of a programme, newest first, optionally from/to local days; batched per request. */
  ofProgramme(programmeId: string, { from = null, to = null }: OpenPeriod, first: number): Promise<MeetingType[]> {
    const where = [...(from ? [FROM_DAY] : []), ...(to ? [TO_DAY] : [])].join(' and ');
    return this.pagePerProgramme(`meetings.ofProgramme:${from ?? ''}..${to ?? ''}:${first}`, programmeId, first, 't.starts_at desc, t.id', where || undefined, { from, to });
  }

  /** Upcoming meetings of the programmes the actor leads, soonest first. */
  async myNext(first: number): Promise<MeetingType[]> {
    const { tenantId, userId } = getActor();
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select m.* from meeting m
        where m.tenant_id = :tenantId and m.status <> 'CANCELLED' and m.ends_at > now()
          and m.programme_id in (select programme_id from programme_leader where tenant_id = :tenantId and user_id = :userId)
        order by m.starts_at, m.id limit :first`,
      { tenantId, userId, first },
    );
    return rows.map((row) => toMeetingType(this.em.map(Meeting, row)));
  }

  /** Held meetings of a programme in a period of local days, oldest first, with how many came (for a chart); batched. */
  historyOf(programmeId: string, { from, to }: Period): Promise<MeetingAttendanceType[]> {
    return requestLoader<string, MeetingAttendanceType[]>(`meetings.history:${from}..${to}`, async (ids) => {
      const rows = await this.em.execute<{ programme_id: string; id: string; starts_at: string | Date; guest_count: number; named: number }[]>(
        `select * from (
           select t.programme_id, t.id, t.starts_at, t.guest_count,
                  (select count(*) from attendance a where a.tenant_id = t.tenant_id and a.meeting_id = t.id and a.present)::int as named,
                  row_number() over (partition by t.programme_id order by t.starts_at desc, t.id) as page_rank
             from meeting t
            where t.tenant_id = :tenantId and t.programme_id in (:programmeIds) and t.status = 'HELD' and ${FROM_DAY} and ${TO_DAY}) held
          where page_rank <= :max
          order by programme_id, starts_at, id`,
        { tenantId: getActor().tenantId, programmeIds: [...ids], from, to, max: HISTORY_MAX },
      );
      const history = rows.map((r) => ({
        programmeId: r.programme_id,
        value: Object.assign(new MeetingAttendanceType(), { meetingId: r.id, startsAt: new Date(r.starts_at), named: r.named, guests: r.guest_count }),
      }));
      return byKey(ids, history, (h) => h.programmeId, (group) => group.map((h) => h.value));
    }).load(programmeId);
  }

  /** At most `first` meetings per programme in SQL (a window function), for every programme of the request. */
  private pagePerProgramme(name: string, programmeId: string, first: number, orderBy: string, where: string | undefined, params: Record<string, unknown>): Promise<MeetingType[]> {
    return requestLoader<string, MeetingType[]>(name, async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(firstPerParent({ table: 'meeting', parent: 'programme_id', orderBy, where }), {
        tenantId: getActor().tenantId,
        parentIds: [...ids],
        first,
        ...params,
      });
      const meetings = withoutRank(rows).map((row) => toMeetingType(this.em.map(Meeting, row)));
      return byKey(ids, meetings, (m) => m.programmeId, (group) => group);
    }).load(programmeId);
  }
}

function checkTimes(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) throw new BadUserInputError({ endsAt: 'The meeting must end after it starts' });
  if (endsAt.getTime() - startsAt.getTime() > MAX_MEETING_HOURS * 3_600_000) throw new BadUserInputError({ endsAt: `A meeting can last at most ${MAX_MEETING_HOURS} hours` });
}
