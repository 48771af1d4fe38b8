import { Injectable } from '@nestjs/common';
import { EntityManager, QueryOrder } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, NotFoundError } from '@bridgeway/api-common';
import { ConflictReason } from '@bridgeway/shared-domain';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { Bed } from './bed.entity.js';
import { Residence } from './residence.entity.js';
import { BedType, ResidenceType, compareBeds, toBedType, toResidenceType } from './residence.type.js';
import { lockResidence } from './residence-lock.sql.js';
import { ResidenceStays } from './residence-stays.js';
import type { AddBedsInput } from './dto/add-beds.input.js';
import { MAX_CAPACITY, type CreateResidenceInput } from './dto/create-residence.input.js';
import type { RetireBedInput } from './dto/retire-bed.input.js';
import type { UpdateResidenceInput } from './dto/update-residence.input.js';

@Injectable()
export class ResidencesService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly stays: ResidenceStays,
  ) {}

  /** Open residences first, then by name. */
  /** Open ones first, then by name; at most `first` (cut in SQL). */
  async list(includeClosed: boolean, first: number, departmentId?: string | null): Promise<ResidenceType[]> {
    const { tenantId } = getActor();
    // An id that is no department of the organisation simply matches nothing.
    if (departmentId && !isUUID(departmentId)) return [];
    const rows = await this.em.find(
      Residence,
      { tenant: tenantId, ...(includeClosed ? {} : { closedOn: null }), ...(departmentId ? { department: { id: departmentId } } : {}) },
      { orderBy: { closedOn: QueryOrder.ASC_NULLS_FIRST, name: QueryOrder.ASC, id: QueryOrder.ASC }, limit: first },
    );
    return rows
      .map(toResidenceType)
      .sort((a, b) => Number(!!a.closedOn) - Number(!!b.closedOn) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<ResidenceType> {
    const residence = await this.load(id);
    if (!residence) throw new NotFoundError('Residence', id);
    return residence;
  }

  /** Batched lookup by id for field resolvers (Stay.residence, …); null when not found. */
  load(id: string): Promise<ResidenceType | null> {
    if (!isUUID(id)) return Promise.resolve(null);
    return this.byId().load(id);
  }

  /** Hands the request's loader a residence another query already read (no second statement for it). */
  prime(residence: ResidenceType): void {
    this.byId().prime(residence.id, residence);
  }

  /** A bed by id (Stay.bed), batched per request; null when not found. */
  bed(id: string): Promise<BedType | null> {
    return this.bedById().load(id);
  }

  primeBed(bed: BedType): void {
    this.bedById().prime(bed.id, bed);
  }

  private byId() {
    return requestLoader<string, ResidenceType | null>('residences.byId', async (ids) => {
      const rows = await this.em.find(Residence, { tenant: getActor().tenantId, id: { $in: [...ids] } });
      return byKey(ids, rows, (r) => r.id, ([r]) => (r ? toResidenceType(r) : null));
    });
  }

  private bedById() {
    return requestLoader<string, BedType | null>('residences.bedById', async (ids) => {
      const rows = await this.em.find(Bed, { tenant: getActor().tenantId, id: { $in: [...ids] } });
      return byKey(ids, rows, (b) => b.id, ([b]) => (b ? toBedType(b) : null));
    });
  }

  /** Number of active (not retired) beds, batched per request. */
  capacity(residenceId: string): Promise<number> {
    return requestLoader<string, number>('residences.capacity', async (ids) => {
      const rows = await this.em.execute<{ residence_id: string; n: number }[]>(
        'select residence_id, count(*)::int as n from bed where tenant_id = :tenantId and residence_id in (:residenceIds) and retired_on is null group by residence_id',
        { tenantId: getActor().tenantId, residenceIds: [...ids] },
      );
      return byKey(ids, rows, (r) => r.residence_id, ([r]) => r?.n ?? 0);
    }).load(residenceId);
  }

  /** A page of a residence's beds by room and label (in use only unless `includeRetired`), batched per request and cut in SQL. */
  bedsPage(residenceId: string, includeRetired: boolean, first: number): Promise<BedType[]> {
    return requestLoader<string, BedType[]>(`residences.bedsPage:${includeRetired}:${first}`, async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        firstPerParent({ table: 'bed', parent: 'residence_id', orderBy: 't.room, t.label, t.id', ...(includeRetired ? {} : { where: 't.retired_on is null' }) }),
        { tenantId: getActor().tenantId, parentIds: [...ids], first },
      );
      const beds = withoutRank(rows).map((row) => toBedType(this.em.map(Bed, row)));
      return byKey(ids, beds, (b) => b.residenceId, (group) => group.sort(compareBeds));
    }).load(residenceId);
  }

  async create(input: CreateResidenceInput): Promise<ResidenceType> {
    const rooms = input.rooms?.length ? input.rooms : Array.from({ length: input.capacity }, (_, i) => ({ name: String(i + 1), beds: 1 }));
    const inRooms = rooms.reduce((sum, room) => sum + room.beds, 0);
    if (inRooms !== input.capacity) throw new BadUserInputError({ rooms: `The rooms hold ${inRooms} beds but the capacity is ${input.capacity}` });
    const names = new Set(rooms.map((room) => room.name.toLowerCase()));
    if (names.size !== rooms.length) throw new BadUserInputError({ rooms: 'Each room needs a different name' });
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const tenant = tx.getReference(Tenant, tenantId);
      const residence = tx.create(Residence, { tenant, name: input.name, address: input.address || null, openedOn: input.openedOn ?? null });
      for (const room of rooms) {
        for (let n = 1; n <= room.beds; n++) tx.create(Bed, { tenant, residence, room: room.name, label: String(n) });
      }
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Residence', entityId: residence.id }, tx);
      return toResidenceType(residence);
    });
  }

  async update(input: UpdateResidenceInput): Promise<ResidenceType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const residence = await tx.findOne(Residence, { tenant: tenantId, id: input.id });
      if (!residence) throw new NotFoundError('Residence', input.id);
      if (input.name !== undefined) residence.name = input.name;
      if (input.address !== undefined) residence.address = input.address || null;
      if (input.openedOn !== undefined) residence.openedOn = input.openedOn;
      if (input.openedOn) {
        if (residence.closedOn && input.openedOn > residence.closedOn) {
          throw new BadUserInputError({ openedOn: `The opening date must be on or before the closing date (${residence.closedOn})` });
        }
        const firstAdmission = await this.stays.firstAdmissionOn(tx, tenantId, residence.id);
        if (firstAdmission && input.openedOn > firstAdmission) {
          throw new BadUserInputError({ openedOn: `The opening date must be on or before the first admission (${firstAdmission})` });
        }
      }
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'Residence', entityId: residence.id }, tx);
      return toResidenceType(residence);
    });
  }

  /** Closes a residence nobody lives in any more. */
  async close(id: string, closedOn: string): Promise<ResidenceType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const locked = isUUID(id) ? await lockResidence(tx, tenantId, id) : null;
      if (!locked) throw new NotFoundError('Residence', id);
      if (locked.closed_on) throw new ConflictError(`This residence was already closed on ${locked.closed_on}`, { reason: ConflictReason.RESIDENCE_CLOSED });
      if (locked.opened_on && closedOn < locked.opened_on) throw new BadUserInputError({ closedOn: `The closing date must be on or after the opening date (${locked.opened_on})` });
      const living = await this.stays.countOpen(tx, tenantId, id);
      if (living > 0) {
        throw new ConflictError(`${living} ${living === 1 ? 'person still lives' : 'people still live'} in this residence; discharge them before closing it`, { reason: ConflictReason.RESIDENCE_OCCUPIED, occupancy: living });
      }
      const lastDischarge = await this.stays.lastDischargeOn(tx, tenantId, id);
      if (lastDischarge && closedOn < lastDischarge) throw new BadUserInputError({ closedOn: `The closing date must be on or after the last discharge (${lastDischarge})` });
      const residence = await tx.findOneOrFail(Residence, { tenant: tenantId, id });
      residence.closedOn = closedOn;
      await tx.flush();
      await this.audit.record({ action: 'CLOSE', entityType: 'Residence', entityId: id }, tx);
      return toResidenceType(residence);
    });
  }

  /** Adds beds to a room (new or existing), numbering them after the room's existing beds. */
  async addBeds(input: AddBedsInput): Promise<ResidenceType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const locked = await lockResidence(tx, tenantId, input.residenceId);
      if (!locked) throw new NotFoundError('Residence', input.residenceId);
      if (locked.closed_on) throw new ConflictError('Beds cannot be added to a closed residence', { reason: ConflictReason.RESIDENCE_CLOSED });
      const beds = await tx.find(Bed, { tenant: tenantId, residence: { id: input.residenceId } });
      const active = beds.filter((b) => !b.retiredOn).length;
      if (active + input.count > MAX_CAPACITY) throw new BadUserInputError({ count: `A residence can have at most ${MAX_CAPACITY} beds; it has ${active}` });
      const room = beds.find((b) => b.room.toLowerCase() === input.room.toLowerCase())?.room ?? input.room;
      const taken = new Set(beds.filter((b) => b.room === room).map((b) => b.label));
      const tenant = tx.getReference(Tenant, tenantId);
      const residence = tx.getReference(Residence, [tenantId, input.residenceId]);
      const created: Bed[] = [];
      for (let n = 1; created.length < input.count; n++) {
        if (!taken.has(String(n))) created.push(tx.create(Bed, { tenant, residence, room, label: String(n) }));
      }
      await tx.flush();
      await this.audit.record(created.map((bed) => ({ action: 'CREATE' as const, entityType: 'Bed', entityId: bed.id })), tx);
      return toResidenceType(await tx.findOneOrFail(Residence, { tenant: tenantId, id: input.residenceId }));
    });
  }

  /** Takes a free bed out of use; it no longer counts towards capacity. */
  async retireBed(input: RetireBedInput): Promise<ResidenceType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const found = await tx.findOne(Bed, { tenant: tenantId, id: input.bedId });
      if (!found) throw new NotFoundError('Bed', input.bedId);
      const residenceId = found.residence.id;
      await lockResidence(tx, tenantId, residenceId);
      const bed = await tx.findOneOrFail(Bed, { tenant: tenantId, id: input.bedId }, { refresh: true });
      if (bed.retiredOn) throw new ConflictError(`This bed was already taken out of use on ${bed.retiredOn}`, { reason: ConflictReason.BED_RETIRED });
      if (await this.stays.isBedOccupied(tx, tenantId, bed.id)) throw new ConflictError('Someone sleeps in this bed; discharge or move them first', { reason: ConflictReason.BED_OCCUPIED });
      bed.retiredOn = input.retiredOn;
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'Bed', entityId: bed.id }, tx);
      return toResidenceType(await tx.findOneOrFail(Residence, { tenant: tenantId, id: residenceId }));
    });
  }
}
