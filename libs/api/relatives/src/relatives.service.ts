import { Injectable } from '@nestjs/common';
import { TransactionPropagation, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager, raw } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService, type AuditEntry } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, NotFoundError } from '@bridgeway/api-common';
import { Resident, containsPattern } from '@bridgeway/api-residents';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { ConflictReason, type Relationship } from '@bridgeway/shared-domain';
import { Relative } from './relative.entity.js';
import { ResidentRelative } from './resident-relative.entity.js';
import { RelativeLinkType, RelativeType, toRelativeLinkType, toRelativeType } from './relative.type.js';
import type { CreateRelativeInput } from './dto/create-relative.input.js';
import type { LinkRelativeInput, UnlinkRelativeInput } from './dto/link-relative.input.js';
import type { RelativesArgs } from './dto/relatives.args.js';
import type { UpdateRelativeInput } from './dto/update-relative.input.js';

const ALREADY_LINKED = 'This relative is already linked to this resident';

@Injectable()
export class RelativesService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async list(args: RelativesArgs): Promise<RelativeType[]> {
    const qb = this.em.createQueryBuilder(Relative, 'r').where({ tenant: getActor().tenantId });
    if (args.search) qb.andWhere(raw(`lower(r.first_name || ' ' || r.last_name) like lower(:search)`, { search: containsPattern(args.search) }));
    const rows = await qb.orderBy({ lastName: 'asc', firstName: 'asc', id: 'asc' }).limit(args.first).getResultList();
    return rows.map(toRelativeType);
  }

  /** Opens a relative's record: audited as READ once per linked resident. */
  async read(id: string): Promise<RelativeType> {
    if (!isUUID(id)) throw new NotFoundError('Relative', id);
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const relative = await tx.findOne(Relative, { tenant: tenantId, id });
      if (!relative) throw new NotFoundError('Relative', id);
      await this.audit.record(await this.entriesFor(tx, 'READ', id), tx);
      return toRelativeType(relative);
    }, { propagation: TransactionPropagation.REQUIRED }); // a read: joins the request's transaction (no savepoint that parallel fields could interleave)
  }

  load(id: string): Promise<RelativeType | null> {
    return requestLoader<string, RelativeType | null>('relatives.byId', async (ids) => {
      const rows = await this.em.find(Relative, { tenant: getActor().tenantId, id: { $in: [...ids] } });
      return byKey(ids, rows, (r) => r.id, ([r]) => (r ? toRelativeType(r) : null));
    }).load(id);
  }

  /** Links of a resident, batched per request. */
  linksOfResident(residentId: string, first: number): Promise<RelativeLinkType[]> {
    return requestLoader<string, RelativeLinkType[]>(`relatives.linksByResident:${first}`, async (ids) => {
      const rows = await this.firstLinks('resident_id', ids, first);
      return byKey(ids, rows.map(toRelativeLinkType), (l) => l.residentId, (group) => group);
    }).load(residentId);
  }

  /** Links of a relative, batched per request. */
  linksOfRelative(relativeId: string, first: number): Promise<RelativeLinkType[]> {
    return requestLoader<string, RelativeLinkType[]>(`relatives.linksByRelative:${first}`, async (ids) => {
      const rows = await this.firstLinks('relative_id', ids, first);
      return byKey(ids, rows.map(toRelativeLinkType), (l) => l.relativeId, (group) => group);
    }).load(relativeId);
  }

  /** The oldest `first` links of each resident (or relative), cut in SQL. */
  private async firstLinks(parent: 'resident_id' | 'relative_id', ids: readonly string[], first: number): Promise<ResidentRelative[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      firstPerParent({ table: 'resident_relative', parent, orderBy: 't.created_at, t.id' }),
      { tenantId: getActor().tenantId, parentIds: [...ids], first },
    );
    return withoutRank(rows).map((row) => this.em.map(ResidentRelative, row));
  }

  async create(input: CreateRelativeInput): Promise<RelativeType> {
    if (input.residentId && !input.relationship) throw new BadUserInputError({ relationship: 'Choose how this person is related to the resident' });
    if (input.relationship && !input.residentId) throw new BadUserInputError({ residentId: 'Choose the resident this person is related to' });
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const relative = tx.create(Relative, {
        tenant: tx.getReference(Tenant, tenantId),
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        email: input.email ?? null,
      });
      const entries: AuditEntry[] = [{ action: 'CREATE', entityType: 'Relative', entityId: relative.id, residentId: input.residentId ?? null }];
      if (input.residentId && input.relationship) {
        const link = await this.newLink(tx, tenantId, relative, input.residentId, input.relationship);
        entries.push({ action: 'LINK', entityType: 'ResidentRelative', entityId: link.id, residentId: input.residentId });
      }
      await tx.flush();
      await this.audit.record(entries, tx);
      return toRelativeType(relative);
    });
  }

  async update(input: UpdateRelativeInput): Promise<RelativeType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const relative = await tx.findOne(Relative, { tenant: tenantId, id: input.id });
      if (!relative) throw new NotFoundError('Relative', input.id);
      if (input.firstName !== undefined) relative.firstName = input.firstName;
      if (input.lastName !== undefined) relative.lastName = input.lastName;
      if (input.phone !== undefined) relative.phone = input.phone;
      if (input.email !== undefined) relative.email = input.email;
      await tx.flush();
      await this.audit.record(await this.entriesFor(tx, 'UPDATE', relative.id), tx);
      return toRelativeType(relative);
    });
  }

  async link(input: LinkRelativeInput): Promise<RelativeLinkType> {
    const { tenantId } = getActor();
    try {
      return await this.em.transactional(async (tx) => {
        const relative = await tx.findOne(Relative, { tenant: tenantId, id: input.relativeId });
        if (!relative) throw new NotFoundError('Relative', input.relativeId);
        if (await tx.count(ResidentRelative, { tenant: tenantId, relative: { id: input.relativeId }, resident: { id: input.residentId } })) {
          throw new ConflictError(ALREADY_LINKED, { reason: ConflictReason.ALREADY_LINKED });
        }
        const link = await this.newLink(tx, tenantId, relative, input.residentId, input.relationship);
        await tx.flush();
        await this.audit.record({ action: 'LINK', entityType: 'ResidentRelative', entityId: link.id, residentId: input.residentId }, tx);
        return toRelativeLinkType(link);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(ALREADY_LINKED, { reason: ConflictReason.ALREADY_LINKED });
      throw error;
    }
  }

  async unlink(input: UnlinkRelativeInput): Promise<RelativeType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const link = await tx.findOne(ResidentRelative, { tenant: tenantId, relative: { id: input.relativeId }, resident: { id: input.residentId } });
      if (!link) throw new NotFoundError('RelativeLink');
      const relative = await tx.findOneOrFail(Relative, { tenant: tenantId, id: input.relativeId });
      tx.remove(link);
      await tx.flush();
      await this.audit.record({ action: 'DELETE', entityType: 'ResidentRelative', entityId: link.id, residentId: input.residentId }, tx);
      return toRelativeType(relative);
    });
  }

  private async newLink(tx: EntityManager, tenantId: string, relative: Relative, residentId: string, relationship: Relationship): Promise<ResidentRelative> {
    const resident = await tx.findOne(Resident, { tenant: tenantId, id: residentId });
    if (!resident) throw new NotFoundError('Resident', residentId);
    return tx.create(ResidentRelative, { tenant: tx.getReference(Tenant, tenantId), resident, relative, relationship });
  }

  /** One audit entry per resident the relative is linked to (or one without a resident). */
  private async entriesFor(tx: EntityManager, action: 'READ' | 'UPDATE', relativeId: string): Promise<AuditEntry[]> {
    const links = await tx.find(ResidentRelative, { tenant: getActor().tenantId, relative: { id: relativeId } });
    const residentIds = links.length ? links.map((l) => l.resident.id) : [null];
    return residentIds.map((residentId) => ({ action, entityType: 'Relative', entityId: relativeId, residentId }));
  }
}
