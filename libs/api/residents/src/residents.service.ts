import { Injectable } from '@nestjs/common';
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService, type AuditEntry } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@bridgeway/api-common';
import { UserAccount, UsersService, staffOfRows } from '@bridgeway/api-organisations';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { CASE_WORKER_ROLES, ConflictReason, ResidentStatus, Role, type AuditAction } from '@bridgeway/shared-domain';
import { Resident } from './resident.entity.js';
import { ResidentType, toResidentType } from './resident.type.js';
import { RESIDENT_COLUMNS, RESIDENT_WITH_KEY_WORKER, type ResidentRow, residentFromRow } from './resident-row.js';
import { PageInfo, ResidentConnection, ResidentEdge, type ResidentFilter } from './resident-connection.type.js';
import { decodeResidentCursor, encodeResidentCursor } from './resident-cursor.js';
import type { CreateResidentInput } from './dto/create-resident.input.js';
import { RESIDENTS_PAGE, type ResidentsArgs } from './dto/residents.args.js';
import type { UpdateResidentInput } from './dto/update-resident.input.js';
import type { AssignKeyWorkerInput } from './dto/assign-key-worker.input.js';

/** Same expression as the trigram index `resident_name_trgm_index`, so a name search can use it. */
export const RESIDENT_NAME_SQL = `lower(r.first_name || ' ' || r.last_name)`;
const EARLIEST_BIRTH = '1900-01-01';

/** Today as YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A LIKE pattern matching `text` anywhere, with %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class ResidentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  /**
   * Keyset page over (last name, first name, id). With `withTotal` the filter's count comes in
   * the same statement (a scalar subquery), so the caseload costs one statement, not two;
   * only an empty page leaves `totalCount` to the resolver.
   */
  async list(args: ResidentsArgs, withTotal = false): Promise<ResidentConnection> {
    const actor = getActor();
    if (args.mine && args.keyWorkerId && args.keyWorkerId !== actor.userId) throw new BadUserInputError({ mine: 'Use either "mine" or a key worker, not both' });
    const filter: ResidentFilter = {
      search: args.search || undefined,
      status: args.status ?? undefined,
      keyWorkerId: args.mine ? actor.userId : (args.keyWorkerId ?? undefined),
    };
    const first = args.first ?? RESIDENTS_PAGE.default;
    const where = filterSql(filter, actor.tenantId);
    const total = withTotal ? `, (select count(*)::int from resident r where ${where.sql}) as total_count` : '';
    const after = args.after ? ' and (r.last_name, r.first_name, r.id) > (select c.last_name, c.first_name, c.id from resident c where c.tenant_id = :tenantId and c.id = :afterId)' : '';
    const rows = await this.em.execute<(ResidentRow & { total_count?: number })[]>(
      `select ${RESIDENT_COLUMNS}${total} from ${RESIDENT_WITH_KEY_WORKER}
        where ${where.sql}${after} order by r.last_name, r.first_name, r.id limit :limit`,
      { ...where.params, afterId: args.after ? decodeResidentCursor(args.after) : null, limit: first + 1 },
    );
    const page = rows.slice(0, first);
    const residents = await this.remember(page);
    const edges = residents.map((node) => Object.assign(new ResidentEdge(), { cursor: encodeResidentCursor(node), node }));
    const pageInfo = Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null });
    return Object.assign(new ResidentConnection(), { edges, pageInfo, filter, totalCount: rows[0]?.total_count });
  }

  async count(filter: ResidentFilter): Promise<number> {
    const where = filterSql(filter, getActor().tenantId);
    const [row] = await this.em.execute<{ count: number }[]>(`select count(*)::int as count from resident r where ${where.sql}`, where.params);
    return row.count;
  }

  /** Opens a person's record (the READ audit row is written by PersonReadAuditPlugin, as for every path to a person). */
  async read(id: string): Promise<ResidentType> {
    if (!isUUID(id)) throw new NotFoundError('Resident', id);
    const [row] = await this.em.execute<ResidentRow[]>(
      `select ${RESIDENT_COLUMNS} from ${RESIDENT_WITH_KEY_WORKER} where r.tenant_id = :tenantId and r.id = :id`,
      { tenantId: getActor().tenantId, id },
    );
    if (!row) throw new NotFoundError('Resident', id);
    const [resident] = await this.remember([row]);
    return resident;
  }

  /** Batched lookup for field resolvers (Stay.resident, RelativeLink.resident, …); null when not found. */
  load(id: string): Promise<ResidentType | null> {
    return this.byId().load(id);
  }

  private byId() {
    return requestLoader<string, ResidentType | null>('residents.byId', async (ids) => {
      const rows = await this.em.execute<ResidentRow[]>(
        `select ${RESIDENT_COLUMNS} from ${RESIDENT_WITH_KEY_WORKER} where r.tenant_id = :tenantId and r.id in (:ids)`,
        { tenantId: getActor().tenantId, ids: [...ids] },
      );
      await this.users.primeUsers(staffOfRows(rows, 'key_worker_id', 'kw'));
      return byKey(ids, rows, (r) => r.id, ([r]) => (r ? residentFromRow(r) : null));
    });
  }

  /** Residents this request already read, and their key workers, go to the loaders: later lookups (notes access, Stay.resident, keyWorker) cost no statement. */
  private async remember(rows: readonly ResidentRow[]): Promise<ResidentType[]> {
    await this.users.primeUsers(staffOfRows(rows, 'key_worker_id', 'kw'));
    const residents = rows.map(residentFromRow);
    for (const resident of residents) this.byId().prime(resident.id, resident);
    return residents;
  }

  async create(input: CreateResidentInput): Promise<ResidentType> {
    const actor = getActor();
    const { tenantId } = actor;
    const intakeDate = input.intakeDate ?? today();
    checkDates(input.dateOfBirth ?? null, intakeDate);
    return this.em.transactional(async (tx) => {
      if (input.keyWorkerId) await this.checkKeyWorker(tx, tenantId, input.keyWorkerId);
      // Naming someone else key worker grants them the notes: a manager's decision (assignKeyWorker).
      if (input.keyWorkerId && input.keyWorkerId !== actor.userId && actor.role !== Role.MANAGER) {
        throw new ForbiddenError('Only a manager may name someone else as key worker');
      }
      const resident = tx.create(Resident, {
        tenant: tx.getReference(Tenant, tenantId),
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: input.dateOfBirth ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        keyWorker: input.keyWorkerId ? tx.getReference(UserAccount, [tenantId, input.keyWorkerId]) : null,
        intakeDate,
      });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Resident', entityId: resident.id, residentId: resident.id }, tx);
      return toResidentType(resident);
    });
  }

  async update(input: UpdateResidentInput): Promise<ResidentType> {
    return this.changing(input.id, input.expectedVersion, async (_tx, resident) => {
      if (input.firstName !== undefined) resident.firstName = input.firstName;
      if (input.lastName !== undefined) resident.lastName = input.lastName;
      if (input.dateOfBirth !== undefined) resident.dateOfBirth = input.dateOfBirth;
      if (input.phone !== undefined) resident.phone = input.phone;
      if (input.email !== undefined) resident.email = input.email;
      if (input.intakeDate !== undefined) resident.intakeDate = input.intakeDate;
      checkDates(resident.dateOfBirth ?? null, resident.intakeDate);
      return 'UPDATE';
    });
  }

  /**
   * Makes `keyWorkerId` (or nobody) the resident's key worker. The key worker reads every note of
   * the resident, so this is a manager's act with its own audit action naming old and new.
   */
  async assignKeyWorker(input: AssignKeyWorkerInput): Promise<ResidentType> {
    const { tenantId } = getActor();
    let previous: string | null = null;
    return this.changing(
      input.residentId,
      input.expectedVersion,
      async (tx, resident) => {
        previous = resident.keyWorker?.id ?? null;
        const next = input.keyWorkerId ?? null;
        if (next) await this.checkKeyWorker(tx, tenantId, next);
        resident.keyWorker = next ? tx.getReference(UserAccount, [tenantId, next], { wrapped: true }) : null;
        return 'ASSIGN_KEY_WORKER';
      },
      () => ({ from: previous, to: input.keyWorkerId ?? null }),
    );
  }

  /** Closes the case of someone who no longer lives in a residence. */
  async close(id: string): Promise<ResidentType> {
    return this.changing(id, undefined, async (_tx, resident) => {
      if (resident.status === ResidentStatus.CLOSED) throw new ConflictError('This case is already closed', { reason: ConflictReason.RESIDENT_CLOSED });
      if (resident.status === ResidentStatus.IN_RESIDENCE) throw new ConflictError('This person still lives in a residence; discharge them before closing the case', { reason: ConflictReason.RESIDENT_IN_RESIDENCE });
      resident.status = ResidentStatus.CLOSED;
      return 'CLOSE';
    });
  }

  /** Reopens a closed case for follow-up. */
  async reopen(id: string): Promise<ResidentType> {
    return this.changing(id, undefined, async (_tx, resident) => {
      if (resident.status !== ResidentStatus.CLOSED) throw new ConflictError('This case is not closed', { reason: ConflictReason.RESIDENT_NOT_CLOSED });
      resident.status = ResidentStatus.FOLLOW_UP;
      return 'REOPEN';
    });
  }

  /** Loads and locks the resident, applies `change`, flushes and audits, all in one transaction. */
  private async changing(
    id: string,
    expectedVersion: number | null | undefined,
    change: (tx: EntityManager, resident: Resident) => Promise<AuditAction>,
    details?: () => AuditEntry['details'],
  ): Promise<ResidentType> {
    if (!isUUID(id)) throw new NotFoundError('Resident', id);
    const { tenantId } = getActor();
    try {
      return await this.em.transactional(async (tx) => {
        const resident = await tx.findOne(Resident, { tenant: tenantId, id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!resident) throw new NotFoundError('Resident', id);
        if (expectedVersion != null && expectedVersion !== resident.version) {
          throw new ConflictError('Someone else changed this resident in the meantime; reload and try again', { reason: ConflictReason.VERSION_MISMATCH, currentVersion: resident.version });
        }
        const action = await change(tx, resident);
        await tx.flush();
        await this.audit.record({ action, entityType: 'Resident', entityId: id, residentId: id, details: details?.() }, tx);
        return toResidentType(resident);
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new ConflictError('Someone else changed this resident in the meantime; reload and try again', { reason: ConflictReason.VERSION_MISMATCH });
      throw error;
    }
  }

  private async checkKeyWorker(tx: EntityManager, tenantId: string, userId: string): Promise<void> {
    const user = await tx.findOne(UserAccount, { tenant: tenantId, id: userId });
    if (!user || user.disabledAt || !CASE_WORKER_ROLES.includes(user.role)) {
      throw new BadUserInputError({ keyWorkerId: 'Choose a counsellor or manager of your organisation as key worker' });
    }
  }
}

function checkDates(dateOfBirth: string | null, intakeDate: string): void {
  const now = today();
  if (dateOfBirth && (dateOfBirth > now || dateOfBirth < EARLIEST_BIRTH)) throw new BadUserInputError({ dateOfBirth: `Enter a date of birth between ${EARLIEST_BIRTH} and today` });
  if (dateOfBirth && intakeDate < dateOfBirth) throw new BadUserInputError({ intakeDate: 'The intake date cannot be before the date of birth' });
}

/** The WHERE clause of a residents list (alias `r`), tenant first, and its named parameters. */
function filterSql(filter: ResidentFilter, tenantId: string): { sql: string; params: Record<string, unknown> } {
  const conditions = [
    'r.tenant_id = :tenantId',
    ...(filter.status ? ['r.status = :status'] : []),
    ...(filter.keyWorkerId ? ['r.key_worker_id = :keyWorkerId'] : []),
    ...(filter.search ? [`${RESIDENT_NAME_SQL} like lower(:search)`] : []),
  ];
  const params = { tenantId, status: filter.status, keyWorkerId: filter.keyWorkerId, search: filter.search ? containsPattern(filter.search) : undefined };
  return { sql: conditions.join(' and '), params };
}
