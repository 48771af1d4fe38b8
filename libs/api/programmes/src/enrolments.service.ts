import { Injectable } from '@nestjs/common';
import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, NotFoundError } from '@bridgeway/api-common';
import { Relative } from '@bridgeway/api-relatives';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { ConflictReason, EnrolmentStatus, ParticipantKind } from '@bridgeway/shared-domain';
import { Enrolment } from './enrolment.entity.js';
import { EnrolmentType } from './enrolment.type.js';
import type { ParticipantType } from './meeting.type.js';
import { Member } from './member.entity.js';
import { Programme } from './programme.entity.js';
import { PARTICIPANT_NAME, participantColumns, participantFromRow, participantJoins, type ParticipantRow } from './participants.sql.js';
import { ParticipantsService } from './participants.service.js';
import { participantEntity } from './attendance.service.js';
import { tenantToday } from './tenant-today.js';
import type { EnrolArgs } from './dto/programmes.args.js';
import type { UpdateEnrolmentInput } from './dto/update-enrolment.input.js';

const CHANGED = 'Someone else changed this enrolment in the meantime; reload and try again';
const ALREADY_ENROLLED = 'This person is already enrolled in this programme';

type EnrolmentRow = ParticipantRow & { id: string; programme_id: string; enrolled_on: string; status: EnrolmentStatus; completed_on: string | null; hours: string | null; version: number };

function toEnrolmentType(e: Pick<Enrolment, 'id' | 'enrolledOn' | 'status' | 'completedOn' | 'hours' | 'version'>, programmeId: string, participant: ParticipantType): EnrolmentType {
  return Object.assign(new EnrolmentType(), {
    id: e.id,
    participant,
    enrolledOn: e.enrolledOn,
    status: e.status,
    completedOn: e.completedOn ?? null,
    hours: e.hours == null ? null : Number(e.hours),
    version: e.version,
    programmeId,
  });
}

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly participants: ParticipantsService,
  ) {}

  /** Enrols a resident, relative or member; CONFLICT (ALREADY_LINKED) when already enrolled. */
  async enrol(args: EnrolArgs): Promise<EnrolmentType> {
    const { tenantId } = getActor();
    try {
      return await this.em.transactional(async (tx) => {
        const programme = await tx.findOne(Programme, { tenant: tenantId, id: args.programmeId });
        if (!programme) throw new NotFoundError('Programme', args.programmeId);
        const participant = await this.participants.named(tx, args.kind, args.participantId);
        if (!participant) throw new NotFoundError(participantEntity(args.kind), args.participantId);
        const enrolment = tx.create(Enrolment, {
          tenant: tx.getReference(Tenant, tenantId),
          programme,
          enrolledOn: args.enrolledOn ?? (await tenantToday(tx)),
          ...participantRef(tx, tenantId, args.kind, args.participantId),
        });
        await tx.flush();
        await this.audit.record(
          { action: 'ENROL', entityType: 'Enrolment', entityId: enrolment.id, residentId: args.kind === ParticipantKind.RESIDENT ? args.participantId : null, details: { programmeId: programme.id } },
          tx,
        );
        return toEnrolmentType(enrolment, programme.id, participant);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(ALREADY_ENROLLED, { reason: ConflictReason.ALREADY_LINKED });
      throw error;
    }
  }

  /** Completion and hours. COMPLETED / DID_NOT_COMPLETE carry a date (today unless given); ENROLLED has none. */
  async update(input: UpdateEnrolmentInput): Promise<EnrolmentType> {
    const { tenantId } = getActor();
    try {
      return await this.em.transactional(async (tx) => {
        const enrolment = await tx.findOne(Enrolment, { tenant: tenantId, id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!enrolment) throw new NotFoundError('Enrolment', input.id);
        if (enrolment.version !== input.version) throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH, currentVersion: enrolment.version });
        const status = input.status ?? enrolment.status;
        if (status === EnrolmentStatus.ENROLLED) {
          if (input.completedOn) throw new BadUserInputError({ completedOn: 'Only a finished enrolment has a completion date' });
          enrolment.completedOn = null;
        } else {
          enrolment.completedOn = input.completedOn ?? enrolment.completedOn ?? (await tenantToday(tx));
          if (enrolment.completedOn < enrolment.enrolledOn) throw new BadUserInputError({ completedOn: 'The completion date cannot be before the enrolment' });
        }
        enrolment.status = status;
        if (input.hours !== undefined) enrolment.hours = input.hours == null ? null : input.hours.toFixed(1);
        await tx.flush();
        const [kind, participantId] = enrolment.resident
          ? [ParticipantKind.RESIDENT, enrolment.resident.id]
          : enrolment.relative
            ? [ParticipantKind.RELATIVE, enrolment.relative.id]
            : [ParticipantKind.MEMBER, enrolment.member?.id ?? ''];
        const participant = await this.participants.named(tx, kind, participantId);
        if (!participant) throw new NotFoundError(participantEntity(kind), participantId);
        await this.audit.record(
          { action: 'UPDATE', entityType: 'Enrolment', entityId: enrolment.id, residentId: enrolment.resident?.id ?? null, details: { status } },
          tx,
        );
        return toEnrolmentType(enrolment, enrolment.programme.id, participant);
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH });
      throw error;
    }
  }

  /** A programme's enrolments by participant name, at most `first`; batched per request. */
  ofProgramme(programmeId: string, first: number): Promise<EnrolmentType[]> {
    return requestLoader<string, EnrolmentType[]>(`enrolments.ofProgramme:${first}`, async (ids) => {
      const rows = await this.em.execute<EnrolmentRow[]>(
        `select * from (
           select e.id, e.programme_id, e.enrolled_on, e.status, e.completed_on, e.hours, e.version, ${participantColumns('e')},
                  row_number() over (partition by e.programme_id order by lower(${PARTICIPANT_NAME}), e.id) as page_rank
             from enrolment e ${participantJoins('e')}
            where e.tenant_id = :tenantId and e.programme_id in (:programmeIds)) enrolled
          where page_rank <= :first
          order by programme_id, page_rank`,
        { tenantId: getActor().tenantId, programmeIds: [...ids], first },
      );
      const enrolments = rows.map((r) =>
        toEnrolmentType(
          { id: r.id, enrolledOn: r.enrolled_on, status: r.status, completedOn: r.completed_on, hours: r.hours, version: r.version },
          r.programme_id,
          participantFromRow(r),
        ),
      );
      return byKey(ids, enrolments, (e) => e.programmeId, (group) => group);
    }).load(programmeId);
  }
}

/** The enrolment's participant column for a kind, as a reference. */
function participantRef(tx: EntityManager, tenantId: string, kind: ParticipantKind, id: string) {
  if (kind === ParticipantKind.RESIDENT) return { resident: tx.getReference(Resident, [tenantId, id], { wrapped: true }) };
  if (kind === ParticipantKind.RELATIVE) return { relative: tx.getReference(Relative, [tenantId, id], { wrapped: true }) };
  return { member: tx.getReference(Member, [tenantId, id], { wrapped: true }) };
}
