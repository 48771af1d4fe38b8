import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, type AuditEntry } from '@bridgeway/api-audit';
import { BadUserInputError, NotFoundError } from '@bridgeway/api-common';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { UserAccount } from '@bridgeway/api-organisations';
import { byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { MeetingStatus, ParticipantKind, type ProgrammeKind } from '@bridgeway/shared-domain';
import { Meeting } from './meeting.entity.js';
import { AttendanceEntryType, ParticipantType, toMeetingType, type MeetingType } from './meeting.type.js';
import { PersonAttendanceType } from './person-attendance.type.js';
import { ProgrammeAccess } from './programme-access.js';
import { PARTICIPANT_COLUMN, PARTICIPANT_NAME, PARTICIPANT_TABLE, participantColumns, participantFromRow, participantJoins, type ParticipantRow } from './participants.sql.js';
import type { AttendanceInput, RecordAttendanceInput } from './dto/record-attendance.input.js';

/** Attendance may be taken from a day before a meeting starts (a regular meeting's list ready in advance). */
const TAKE_AHEAD_MS = 86_400_000;
/** Held meetings whose participants Meeting.expected lists besides the enrolled. */
const RECENT_HELD = 8;

/**
 * Writes one participant's attendance: INSERT … ON CONFLICT on the participant's partial unique
 * index DO UPDATE. Two people taking attendance at once never lose a participant; for the same
 * participant the last write wins. Named parameters: tenantId, meetingId, userId, entries (JSON).
 */
const upsert = (column: string, kind: ParticipantKind) => `
  insert into attendance (tenant_id, id, meeting_id, ${column}, present, recorded_by_id, recorded_at)
  select :tenantId, gen_random_uuid(), :meetingId, e.participant_id, e.present, :userId, clock_timestamp()
    from jsonb_to_recordset(:entries::jsonb) as e(participant_id uuid, kind text, present boolean)
   where e.kind = '${kind}'
   order by e.participant_id
      on conflict (tenant_id, meeting_id, ${column}) where ${column} is not null
      do update set present = excluded.present, recorded_by_id = excluded.recorded_by_id, recorded_at = excluded.recorded_at`;

@Injectable()
export class AttendanceService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly access: ProgrammeAccess,
  ) {}

  /**
   * Records who came (and who did not) and the guests, and marks the meeting HELD. The meeting row is
   * locked first, so concurrent calls for one meeting run one after the other: each writes its own
   * participants, the last one's value stands for a participant both recorded, nothing is lost.
   */
  async record(input: RecordAttendanceInput): Promise<MeetingType> {
    const { tenantId, userId } = getActor();
    checkDistinct(input.entries);
    return this.em.transactional(async (tx) => {
      const meeting = await tx.findOne(Meeting, { tenant: tenantId, id: input.meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!meeting) throw new NotFoundError('Meeting', input.meetingId);
      await this.access.assertMayRun(tx, meeting.programme.id, { caseWorkers: true, entity: 'Meeting', id: meeting.id });
      if (meeting.status === MeetingStatus.CANCELLED) throw new BadUserInputError({ meetingId: 'This meeting was cancelled: attendance cannot be taken' });
      if (meeting.startsAt.getTime() > Date.now() + TAKE_AHEAD_MS) throw new BadUserInputError({ meetingId: 'Attendance can be taken from a day before the meeting' });
      await this.checkParticipants(tx, tenantId, input.entries);
      const entries = JSON.stringify(input.entries.map((e) => ({ participant_id: e.participantId, kind: e.kind, present: e.present })));
      for (const kind of [ParticipantKind.RESIDENT, ParticipantKind.RELATIVE, ParticipantKind.MEMBER]) {
        if (input.entries.some((e) => e.kind === kind)) await tx.execute(upsert(PARTICIPANT_COLUMN[kind], kind), { tenantId, meetingId: meeting.id, userId, entries });
      }
      meeting.status = MeetingStatus.HELD;
      meeting.attendanceTakenAt = new Date();
      meeting.attendanceTakenBy = tx.getReference(UserAccount, [tenantId, userId], { wrapped: true });
      if (input.guestCount != null) meeting.guestCount = input.guestCount;
      await tx.flush();
      // In each resident's audit trail; one row for the meeting when no resident was recorded.
      const residents = input.entries.filter((e) => e.kind === ParticipantKind.RESIDENT).map((e) => e.participantId);
      const details = { named: input.entries.length, guests: meeting.guestCount };
      await this.audit.record(
        (residents.length ? residents : [null]).map((residentId): AuditEntry => ({ action: 'TAKE_ATTENDANCE', entityType: 'Meeting', entityId: meeting.id, residentId, details })),
        tx,
      );
      return toMeetingType(meeting);
    });
  }

  /** NOT_FOUND for a participant who is not a resident, relative or member of the organisation. */
  private async checkParticipants(tx: EntityManager, tenantId: string, entries: AttendanceInput[]): Promise<void> {
    for (const kind of Object.values(ParticipantKind)) {
      const ids = entries.filter((e) => e.kind === kind).map((e) => e.participantId);
      if (!ids.length) continue;
      const found = await tx.execute<{ id: string }[]>(`select id from ${PARTICIPANT_TABLE[kind]} where tenant_id = :tenantId and id in (:ids)`, { tenantId, ids });
      const missing = ids.find((id) => !found.some((f) => f.id === id));
      if (missing) throw new NotFoundError(participantEntity(kind), missing);
    }
  }

  /** Who is recorded at a meeting (present or not), by name; batched per request. */
  attendanceOf(meetingId: string, first: number): Promise<AttendanceEntryType[]> {
    return requestLoader<string, AttendanceEntryType[]>(`attendance.ofMeeting:${first}`, async (ids) => {
      const rows = await this.em.execute<(ParticipantRow & { meeting_id: string; present: boolean })[]>(
        `select * from (
           select a.meeting_id, a.present, ${participantColumns('a')},
                  row_number() over (partition by a.meeting_id order by lower(${PARTICIPANT_NAME}), a.id) as page_rank
             from attendance a ${participantJoins('a')}
            where a.tenant_id = :tenantId and a.meeting_id in (:meetingIds)) recorded
          where page_rank <= :first
          order by meeting_id, page_rank`,
        { tenantId: getActor().tenantId, meetingIds: [...ids], first },
      );
      const entries = rows.map((r) => ({ meetingId: r.meeting_id, entry: Object.assign(new AttendanceEntryType(), { participant: participantFromRow(r), present: r.present }) }));
      return byKey(ids, entries, (e) => e.meetingId, (group) => group.map((e) => e.entry));
    }).load(meetingId);
  }

  /**
   * The attendance screen's list: the programme's enrolled participants (but not those who did not
   * complete) and anyone present at one of its last RECENT_HELD held meetings, by name; batched.
   */
  expectedAt(meetingId: string, first: number): Promise<ParticipantType[]> {
    return requestLoader<string, ParticipantType[]>(`attendance.expected:${first}`, async (ids) => {
      const rows = await this.em.execute<(ParticipantRow & { meeting_id: string })[]>(
        `select m.id as meeting_id, x.participant_kind, x.participant_id, x.participant_name
           from meeting m
          cross join lateral (
            select distinct on (participant_kind, participant_id) *
              from (
                select ${participantColumns('e')}
                  from enrolment e ${participantJoins('e')}
                 where e.tenant_id = m.tenant_id and e.programme_id = m.programme_id and e.status <> 'DID_NOT_COMPLETE'
                union all
                select ${participantColumns('a')}
                  from attendance a ${participantJoins('a')}
                 where a.tenant_id = m.tenant_id and a.present
                   and a.meeting_id in (select h.id from meeting h
                                         where h.tenant_id = m.tenant_id and h.programme_id = m.programme_id and h.status = 'HELD'
                                         order by h.starts_at desc limit ${RECENT_HELD})
              ) candidates
          ) x
          where m.tenant_id = :tenantId and m.id in (:meetingIds)`,
        { tenantId: getActor().tenantId, meetingIds: [...ids] },
      );
      const byMeeting = byKey(ids, rows, (r) => r.meeting_id, (group) => group);
      return byMeeting.map((group) => sortByName(group).slice(0, first).map(participantFromRow));
    }).load(meetingId);
  }

  /** A resident's or relative's attendance, newest meeting first, at most `first` each; batched per request. */
  ofPerson(kind: ParticipantKind.RESIDENT | ParticipantKind.RELATIVE, personId: string, first: number): Promise<PersonAttendanceType[]> {
    const column = PARTICIPANT_COLUMN[kind];
    return requestLoader<string, PersonAttendanceType[]>(`attendance.ofPerson:${kind}:${first}`, async (ids) => {
      // The attendance rows with their meeting and programme, paged per person by firstPerParent.
      const table = `(select a.tenant_id, a.${column}, a.meeting_id, a.present, m.starts_at, m.programme_id, p.name as programme_name, p.kind as programme_kind
                        from attendance a
                        join meeting m on m.tenant_id = a.tenant_id and m.id = a.meeting_id
                        join programme p on p.tenant_id = m.tenant_id and p.id = m.programme_id)`;
      const rows = await this.em.execute<Record<string, unknown>[]>(firstPerParent({ table, parent: column, orderBy: 't.starts_at desc, t.meeting_id' }), {
        tenantId: getActor().tenantId,
        parentIds: [...ids],
        first,
      });
      const records = withoutRank(rows).map((r) =>
        Object.assign(new PersonAttendanceType(), {
          personId: r[column] as string,
          meetingId: r.meeting_id as string,
          programmeId: r.programme_id as string,
          programmeName: r.programme_name as string,
          programmeKind: r.programme_kind as ProgrammeKind,
          startsAt: new Date(r.starts_at as string),
          present: r.present as boolean,
        }),
      );
      return byKey(ids, records, (r) => r.personId, (group) => group);
    }).load(personId);
  }
}

export function participantEntity(kind: ParticipantKind): string {
  return { [ParticipantKind.RESIDENT]: 'Resident', [ParticipantKind.RELATIVE]: 'Relative', [ParticipantKind.MEMBER]: 'Member' }[kind];
}

/** The same participant twice in one call would make the upsert touch a row twice. */
function checkDistinct(entries: AttendanceInput[]): void {
  const keys = entries.map((e) => `${e.kind}:${e.participantId}`);
  if (new Set(keys).size !== keys.length) throw new BadUserInputError({ entries: 'Each participant can be recorded once per call' });
}

function sortByName<T extends ParticipantRow>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.participant_name.toLowerCase().localeCompare(b.participant_name.toLowerCase()) || a.participant_id.localeCompare(b.participant_id));
}

