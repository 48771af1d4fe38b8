import { Inject, Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException, type EntityClass } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, type AuditEntry } from '@bridgeway/api-audit';
import { ConflictError, NotFoundError } from '@bridgeway/api-common';
import { PERSONAL_DATA_CATALOG, type PersonalDataTable } from '@bridgeway/api-database';
import { UserAccount, staffMembers } from '@bridgeway/api-organisations';
import { Member } from '@bridgeway/api-programmes';
import { Relative } from '@bridgeway/api-relatives';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { ConflictReason, DataSubjectKind, DEFAULT_RETENTION_MONTHS, ErasureRequestStatus, type ErasureRefusalReason, type ErasureRequestChannel } from '@bridgeway/shared-domain';
import { PersonalDataService, type ErasedTable } from '../personal-data.service.js';
import { ErasureRequest } from './erasure-request.entity.js';
import { RetentionPolicy } from './retention-policy.entity.js';
import { latestActivitySql, retainedUntilSql } from './retention.sql.js';
import { ErasureRequestPageType, ErasureRequestType, RetentionCandidateType, RetentionPolicyType, RetentionReviewType } from './erasure.types.js';
import type { DecideErasureRequestInput, RecordErasureRequestInput, RefuseErasureRequestInput, SetRetentionPolicyInput } from './dto/erasure.inputs.js';

/** The table holding each kind of data subject (the person's own record, whose name lists show). */
const PERSON_ENTITIES: Record<DataSubjectKind, EntityClass<object>> = {
  [DataSubjectKind.RESIDENT]: Resident,
  [DataSubjectKind.RELATIVE]: Relative,
  [DataSubjectKind.MEMBER]: Member,
};

/** The kinds the retention review lists (members are volunteers: no case record to keep). */
const REVIEWED_KINDS = [DataSubjectKind.RESIDENT, DataSubjectKind.RELATIVE] as const;

interface RequestRow {
  id: string;
  subject_kind: DataSubjectKind;
  subject_id: string;
  subject_name: string | null;
  received_on: string | Date;
  channel: ErasureRequestChannel;
  staff_note: string | null;
  status: ErasureRequestStatus;
  refusal_reason: ErasureRefusalReason | null;
  recorded_at: Date | string;
  recorded_by_display_name: string | null;
  decided_at: Date | string | null;
  decided_by_display_name: string | null;
  erased_rows: number | null;
  retained_until: string | Date | null;
  version: number;
  total: string | number;
}

const day = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
const isoDate = (value: string | Date | null): string | null => (value == null ? null : day(value));
const timestamp = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

/**
 * Art. 17 erasure requests (record, carry out, refuse), the organisation's retention period and
 * the retention review. Carrying out anonymises through PersonalDataService in the request's
 * savepoint, with the request's status change and the ERASE audit row: all or nothing.
 */
@Injectable()
export class ErasureRequestsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataService,
    @Inject(PERSONAL_DATA_CATALOG) private readonly catalog: readonly PersonalDataTable[],
  ) {}

  // ---- retention policy ----------------------------------------------------------------------

  async policy(em: EntityManager = this.em): Promise<RetentionPolicyType> {
    const row = await em.findOne(RetentionPolicy, { tenant: getActor().tenantId });
    return Object.assign(new RetentionPolicyType(), {
      months: row?.months ?? DEFAULT_RETENTION_MONTHS,
      legalBasis: row?.legalBasis ?? null,
      isDefault: !row,
      updatedAt: row?.updatedAt ?? null,
      version: row?.version ?? 0,
    });
  }

  async setPolicy(input: SetRetentionPolicyInput): Promise<RetentionPolicyType> {
    const { tenantId, userId } = getActor();
    const stale = (current: number) => new ConflictError('The retention period was changed by someone else meanwhile', { reason: ConflictReason.VERSION_MISMATCH, currentVersion: current });
    try {
      return await this.em.transactional(async (tx) => {
        const row = await tx.findOne(RetentionPolicy, { tenant: tenantId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if ((row?.version ?? 0) !== input.expectedVersion) throw stale(row?.version ?? 0);
        if (row) {
          row.months = input.months;
          row.legalBasis = input.legalBasis ?? null;
          row.updatedById = userId;
          row.updatedAt = new Date();
        } else {
          tx.create(RetentionPolicy, { tenant: tx.getReference(Tenant, tenantId), months: input.months, legalBasis: input.legalBasis ?? null, updatedById: userId });
        }
        await tx.flush();
        await this.audit.record({ action: 'UPDATE', entityType: 'RetentionPolicy', entityId: tenantId, details: { months: input.months } }, tx);
        return this.policy(tx);
      });
    } catch (error) {
      // Two first settings at once: the second finds the row the first inserted.
      if (error instanceof UniqueConstraintViolationException) throw stale(1);
      throw error;
    }
  }

  // ---- requests --------------------------------------------------------------------------------

  async list(status: ErasureRequestStatus | null | undefined, first: number, offset: number): Promise<ErasureRequestPageType> {
    const rows = await this.rows(this.em, { status: status ?? null, id: null, first, offset });
    return Object.assign(new ErasureRequestPageType(), { totalCount: rows.length ? Number(rows[0].total) : await this.count(status ?? null), requests: rows.map(toRequestType) });
  }

  async record(input: RecordErasureRequestInput): Promise<ErasureRequestType> {
    const { tenantId, userId } = getActor();
    try {
      return await this.em.transactional(async (tx) => {
        await this.lockSubject(tx, input.subjectKind, input.subjectId);
        if (await tx.count(ErasureRequest, { tenant: tenantId, subjectKind: input.subjectKind, subjectId: input.subjectId, status: ErasureRequestStatus.CARRIED_OUT })) {
          throw new ConflictError("This person's data was already erased", { reason: ConflictReason.ALREADY_ERASED });
        }
        const request = tx.create(ErasureRequest, {
          tenant: tx.getReference(Tenant, tenantId),
          subjectKind: input.subjectKind,
          subjectId: input.subjectId,
          receivedOn: input.receivedOn,
          channel: input.channel,
          staffNote: input.staffNote ?? null,
          recordedBy: tx.getReference(UserAccount, [tenantId, userId]),
        });
        await tx.flush();
        await this.audit.record(
          {
            action: 'CREATE',
            entityType: 'ErasureRequest',
            entityId: request.id,
            residentId: input.subjectKind === DataSubjectKind.RESIDENT ? input.subjectId : null,
            details: { subjectKind: input.subjectKind, subjectId: input.subjectId, channel: input.channel },
          },
          tx,
        );
        return this.get(tx, request.id);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError('This person already has an erasure request waiting for a decision', { reason: ConflictReason.ERASURE_REQUEST_PENDING });
      }
      throw error;
    }
  }

  /**
   * Carries the request out: refused (CONFLICT, nothing changed) while the retention period of
   * the person runs; otherwise anonymises every declared table's rows of the person, marks the
   * request CARRIED_OUT (its staff note cleared) and writes one ERASE audit row with the tables
   * and row counts, in one savepoint.
   */
  async carryOut(input: DecideErasureRequestInput): Promise<ErasureRequestType> {
    const { tenantId, userId } = getActor();
    return this.em.transactional(async (tx) => {
      const request = await this.lockPending(tx, input);
      // The person's row is locked too: activity written meanwhile (a row referencing them) waits for this erasure.
      await this.lockSubject(tx, request.subjectKind, request.subjectId);
      const { months } = await this.policy(tx);
      const [{ retained_until: retainedUntil }] = await tx.execute<{ retained_until: string | Date | null }[]>(
        `select ${retainedUntilSql(latestActivitySql(this.catalog, request.subjectKind, ':subjectId'), ':months')} as retained_until`,
        { subjectId: request.subjectId, months },
      );
      const until = isoDate(retainedUntil);
      const [{ today }] = await tx.execute<{ today: string | Date }[]>('select current_date as today');
      if (until && until >= day(today)) {
        throw new ConflictError(`The retention period of this person runs until ${until}: refuse the request instead`, {
          reason: ConflictReason.RETENTION_PERIOD_RUNNING,
          retainedUntil: until,
        });
      }
      const erased = await this.personalData.anonymise({ kind: request.subjectKind, id: request.subjectId }, tx);
      request.status = ErasureRequestStatus.CARRIED_OUT;
      request.staffNote = null;
      request.decidedBy = tx.getReference(UserAccount, [tenantId, userId], { wrapped: true });
      request.decidedAt = new Date();
      request.erasedRows = erased.reduce((sum, table) => sum + table.rows, 0);
      await tx.flush();
      await this.audit.record(eraseEntry(request, erased), tx);
      return this.get(tx, request.id);
    });
  }

  /** Refuses the request with a reason: only the request changes, nothing of the person. */
  async refuse(input: RefuseErasureRequestInput): Promise<ErasureRequestType> {
    const { tenantId, userId } = getActor();
    return this.em.transactional(async (tx) => {
      const request = await this.lockPending(tx, input);
      request.status = ErasureRequestStatus.REFUSED;
      request.refusalReason = input.reason;
      request.decidedBy = tx.getReference(UserAccount, [tenantId, userId], { wrapped: true });
      request.decidedAt = new Date();
      await tx.flush();
      await this.audit.record(
        {
          action: 'UPDATE',
          entityType: 'ErasureRequest',
          entityId: request.id,
          residentId: request.subjectKind === DataSubjectKind.RESIDENT ? request.subjectId : null,
          details: { status: ErasureRequestStatus.REFUSED, reason: input.reason },
        },
        tx,
      );
      return this.get(tx, request.id);
    });
  }

  // ---- retention review ----------------------------------------------------------------------

  /**
   * Residents and relatives whose latest activity (over every declared table) is older than the
   * retention period, longest inactive first; people already erased are left out.
   */
  async review(first: number, offset: number): Promise<RetentionReviewType> {
    const { months } = await this.policy();
    const people = REVIEWED_KINDS.map((kind) => {
      const table = this.em.getMetadata(PERSON_ENTITIES[kind]).tableName;
      return `select '${kind}'::text as kind, subj.id, subj.first_name || ' ' || subj.last_name as name, ${latestActivitySql(this.catalog, kind, 'subj.id')} as last_activity
                from ${table} subj
               where not exists (select 1 from erasure_request done where done.tenant_id = subj.tenant_id and done.subject_kind = '${kind}' and done.subject_id = subj.id and done.status = 'CARRIED_OUT')`;
    });
    const rows = await this.em.execute<{ kind: DataSubjectKind; id: string; name: string; last_activity: string | Date | null; pending_request_id: string | null; total: string | number }[]>(
      `with people as (${people.join(' union all ')}),
            inactive as (select * from people where last_activity is null or ${retainedUntilSql('last_activity', ':months')} < current_date)
       select i.kind, i.id, i.name, i.last_activity, count(*) over () as total,
              (select e.id from erasure_request e where e.subject_kind = i.kind and e.subject_id = i.id and e.status = 'PENDING') as pending_request_id
         from inactive i
        order by i.last_activity nulls first, i.kind, i.id
        limit :first offset :offset`,
      { months, first, offset },
    );
    const [{ since }] = await this.em.execute<{ since: string | Date }[]>('select (current_date - make_interval(months => :months))::date as since', { months });
    return Object.assign(new RetentionReviewType(), {
      activeSince: isoDate(since),
      months,
      totalCount: rows.length ? Number(rows[0].total) : offset > 0 ? await this.reviewCount(people, months) : 0,
      people: rows.map((row) =>
        Object.assign(new RetentionCandidateType(), { kind: row.kind, id: row.id, name: row.name, lastActivityOn: isoDate(row.last_activity), pendingRequestId: row.pending_request_id }),
      ),
    });
  }

  // ---- internals -------------------------------------------------------------------------------

  private async reviewCount(people: string[], months: number): Promise<number> {
    const [row] = await this.em.execute<{ total: string | number }[]>(
      `with people as (${people.join(' union all ')})
       select count(*) as total from people where last_activity is null or ${retainedUntilSql('last_activity', ':months')} < current_date`,
      { months },
    );
    return Number(row.total);
  }

  private async count(status: ErasureRequestStatus | null): Promise<number> {
    return this.em.count(ErasureRequest, { tenant: getActor().tenantId, ...(status ? { status } : {}) });
  }

  /** The request, locked for the rest of the transaction; NOT_FOUND (another tenant's too), CONFLICT when decided or stale. */
  private async lockPending(tx: EntityManager, input: DecideErasureRequestInput): Promise<ErasureRequest> {
    const request = await tx.findOne(ErasureRequest, { tenant: getActor().tenantId, id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!request) throw new NotFoundError('ErasureRequest', input.id);
    if (request.status !== ErasureRequestStatus.PENDING) {
      throw new ConflictError('This erasure request was already decided', { reason: ConflictReason.ERASURE_REQUEST_DECIDED, status: request.status });
    }
    if (request.version !== input.expectedVersion) {
      throw new ConflictError('This erasure request was changed by someone else meanwhile', { reason: ConflictReason.VERSION_MISMATCH, currentVersion: request.version });
    }
    return request;
  }

  /** Locks the person's own row (NOT_FOUND when they are not the caller's organisation's). */
  private async lockSubject(tx: EntityManager, kind: DataSubjectKind, id: string): Promise<void> {
    const entity = PERSON_ENTITIES[kind];
    const table = tx.getMetadata(entity).tableName;
    const rows = await tx.execute<{ id: string }[]>(`select id from ${table} where tenant_id = :tenantId and id = :id for update`, { tenantId: getActor().tenantId, id });
    if (!rows.length) throw new NotFoundError(tx.getMetadata(entity).className, id);
  }

  private async get(em: EntityManager, id: string): Promise<ErasureRequestType> {
    const [row] = await this.rows(em, { status: null, id, first: 1, offset: 0 });
    if (!row) throw new NotFoundError('ErasureRequest', id);
    return toRequestType(row);
  }

  /** Requests with the person's name read live from their record, staff names, and (pending) the end of the retention period. */
  private async rows(em: EntityManager, filter: { status: ErasureRequestStatus | null; id: string | null; first: number; offset: number }): Promise<RequestRow[]> {
    const { months } = await this.policy(em);
    const kinds = Object.values(DataSubjectKind);
    const name = `case ${kinds.map((kind) => `when r.subject_kind = '${kind}' then (select p.first_name || ' ' || p.last_name from ${em.getMetadata(PERSON_ENTITIES[kind]).tableName} p where p.tenant_id = r.tenant_id and p.id = r.subject_id)`).join(' ')} end`;
    const activity = `case ${kinds.map((kind) => `when r.subject_kind = '${kind}' then ${latestActivitySql(this.catalog, kind, 'r.subject_id')}`).join(' ')} end`;
    return em.execute<RequestRow[]>(
      `select r.id, r.subject_kind, r.subject_id, ${name} as subject_name, r.received_on, r.channel, r.staff_note, r.status, r.refusal_reason,
              r.recorded_at, rb.display_name as recorded_by_display_name, r.decided_at, db.display_name as decided_by_display_name, r.erased_rows, r.version,
              case when r.status = 'PENDING' then (select u from (select ${retainedUntilSql(activity, ':months')} as u) x where u >= current_date) end as retained_until,
              count(*) over () as total
         from erasure_request r
         left join ${staffMembers('rb')} on rb.tenant_id = r.tenant_id and rb.id = r.recorded_by_id
         left join ${staffMembers('db')} on db.tenant_id = r.tenant_id and db.id = r.decided_by_id
        where r.tenant_id = :tenantId and (cast(:status as text) is null or r.status = :status) and (cast(:id as uuid) is null or r.id = :id)
        order by (r.status = 'PENDING') desc, r.received_on desc, r.recorded_at desc, r.id
        limit :first offset :offset`,
      { tenantId: getActor().tenantId, status: filter.status, id: filter.id, first: filter.first, offset: filter.offset, months },
    );
  }
}

function toRequestType(row: RequestRow): ErasureRequestType {
  return Object.assign(new ErasureRequestType(), {
    id: row.id,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    receivedOn: day(row.received_on),
    channel: row.channel,
    staffNote: row.staff_note,
    status: row.status,
    refusalReason: row.refusal_reason,
    recordedAt: timestamp(row.recorded_at),
    recordedByName: row.recorded_by_display_name,
    decidedAt: row.decided_at ? timestamp(row.decided_at) : null,
    decidedByName: row.decided_by_display_name,
    erasedRows: row.erased_rows,
    retainedUntil: isoDate(row.retained_until),
    version: row.version,
  });
}

/** The ERASE audit row: which tables, how many rows each, no names (the person is the row's entity). */
function eraseEntry(request: ErasureRequest, erased: readonly ErasedTable[]): AuditEntry {
  const entityType = { [DataSubjectKind.RESIDENT]: 'Resident', [DataSubjectKind.RELATIVE]: 'Relative', [DataSubjectKind.MEMBER]: 'Member' }[request.subjectKind];
  return {
    action: 'ERASE',
    entityType,
    entityId: request.subjectId,
    residentId: request.subjectKind === DataSubjectKind.RESIDENT ? request.subjectId : null,
    details: {
      erasureRequestId: request.id,
      tables: erased.map((table) => table.table),
      rows: erased.map((table) => `${table.table}: ${table.rows} ${table.action.toLowerCase()}`),
      totalRows: erased.reduce((sum, table) => sum + table.rows, 0),
    },
  };
}
