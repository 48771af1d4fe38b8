import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, NotFoundError } from '@bridgeway/api-common';
import { UserAccount } from '@bridgeway/api-organisations';
import { Bed, Residence, ResidencesService, bedFromRow, lockResidence, residenceFromRow } from '@bridgeway/api-residences';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { ConflictReason, DischargeReason, ResidentStatus } from '@bridgeway/shared-domain';
import { Stay } from './stay.entity.js';
import { StayType, stayFromRow, toStayType } from './stay.type.js';
import { freeBeds, lastDischargeOfResident } from './admission.sql.js';
import { CURRENT_STAYS } from './current-stays.sql.js';
import type { AdmitResidentInput } from './dto/admit-resident.input.js';
import type { DischargeResidentInput } from './dto/discharge-resident.input.js';

const ALREADY_IN_RESIDENCE = 'This person already lives in a residence; discharge them before admitting them again';

@Injectable()
export class StaysService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly residences: ResidencesService,
  ) {}

  /**
   * Admits a resident into a free bed. The residence row is locked first, so admissions
   * to one residence run one after the other; the partial unique indexes on open stays
   * (per bed, per resident) are the final guard and surface as CONFLICT.
   */
  async admit(input: AdmitResidentInput): Promise<StayType> {
    const { tenantId, userId } = getActor();
    try {
      return await this.em.transactional(async (tx) => {
        const residence = await lockResidence(tx, tenantId, input.residenceId);
        if (!residence) throw new NotFoundError('Residence', input.residenceId);
        if (residence.closed_on) throw new ConflictError(`This residence closed on ${residence.closed_on}`, { reason: ConflictReason.RESIDENCE_CLOSED });
        if (residence.opened_on && input.admittedOn < residence.opened_on) {
          throw new BadUserInputError({ admittedOn: `The residence opened on ${residence.opened_on}; the admission cannot be earlier` });
        }
        const resident = await tx.findOne(Resident, { tenant: tenantId, id: input.residentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!resident) throw new NotFoundError('Resident', input.residentId);
        if (resident.status === ResidentStatus.CLOSED) throw new ConflictError('This case is closed; reopen it before admitting the person', { reason: ConflictReason.RESIDENT_CLOSED });
        if (await tx.count(Stay, { tenant: tenantId, resident: { id: resident.id }, dischargedOn: null })) {
          throw new ConflictError(ALREADY_IN_RESIDENCE, { reason: ConflictReason.RESIDENT_IN_RESIDENCE });
        }
        const lastDischarge = await lastDischargeOfResident(tx, tenantId, resident.id);
        if (lastDischarge && input.admittedOn < lastDischarge) {
          throw new BadUserInputError({ admittedOn: `The admission cannot be before this person's last discharge (${lastDischarge})` });
        }
        const bedId = await this.chooseBed(tx, tenantId, input);
        const stay = tx.create(Stay, {
          tenant: tx.getReference(Tenant, tenantId),
          resident,
          residence: tx.getReference(Residence, [tenantId, input.residenceId]),
          bed: tx.getReference(Bed, [tenantId, bedId]),
          admittedOn: input.admittedOn,
          admittedBy: tx.getReference(UserAccount, [tenantId, userId]),
        });
        resident.status = ResidentStatus.IN_RESIDENCE;
        await tx.flush();
        await this.audit.record({ action: 'ADMIT', entityType: 'Stay', entityId: stay.id, residentId: resident.id }, tx);
        return toStayType(stay);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        const constraint = (error as { constraint?: string }).constraint;
        if (constraint === 'stay_one_open_per_resident') throw new ConflictError(ALREADY_IN_RESIDENCE, { reason: ConflictReason.RESIDENT_IN_RESIDENCE });
        if (constraint === 'stay_one_open_per_bed') throw new ConflictError('This bed was just taken; try again', { reason: ConflictReason.BED_OCCUPIED });
      }
      throw error;
    }
  }

  /** The requested bed if it is free, else the first free bed; CONFLICT when the residence is full. */
  private async chooseBed(tx: EntityManager, tenantId: string, input: AdmitResidentInput): Promise<string> {
    const free = await freeBeds(tx, tenantId, input.residenceId);
    if (input.bedId) {
      if (free.some((b) => b.id === input.bedId)) return input.bedId;
      const bed = await tx.findOne(Bed, { tenant: tenantId, id: input.bedId, residence: { id: input.residenceId }, retiredOn: null });
      if (!bed) throw new BadUserInputError({ bedId: 'This bed is not in use in this residence' });
      throw new ConflictError('Someone already sleeps in this bed; choose another one', { reason: ConflictReason.BED_OCCUPIED });
    }
    if (!free.length) throw new ConflictError('This residence is full: every bed is taken', { reason: ConflictReason.RESIDENCE_FULL });
    return free[0].id;
  }

  /** Ends an open stay; the person stays in follow-up. */
  async discharge(input: DischargeResidentInput): Promise<StayType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const stay = await tx.findOne(Stay, { tenant: tenantId, id: input.stayId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!stay) throw new NotFoundError('Stay', input.stayId);
      if (stay.dischargedOn) throw new ConflictError(`This stay already ended on ${stay.dischargedOn}`, { reason: ConflictReason.STAY_ENDED });
      if (input.dischargedOn < stay.admittedOn) {
        throw new BadUserInputError({ dischargedOn: `The discharge date must be on or after the admission date (${stay.admittedOn})` });
      }
      const resident = await tx.findOneOrFail(Resident, { tenant: tenantId, id: stay.resident.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      stay.dischargedOn = input.dischargedOn;
      stay.dischargeReason = input.reason ?? DischargeReason.OTHER;
      stay.dischargeNote = input.note?.trim() || null;
      resident.status = ResidentStatus.FOLLOW_UP;
      await tx.flush();
      await this.audit.record({ action: 'DISCHARGE', entityType: 'Stay', entityId: stay.id, residentId: resident.id }, tx);
      return toStayType(stay);
    });
  }

  /**
   * The open stay of a resident, batched per request. The same statement reads its bed, its
   * residence and the residence's occupancy and hands them to their loaders, so a case file's
   * `currentStay { bed residence { occupancy } }` costs one statement, not four.
   */
  current(residentId: string): Promise<StayType | null> {
    return requestLoader<string, StayType | null>('stays.currentByResident', async (ids) => {
      const rows = await this.em.execute<(Record<string, unknown> & { bed_row: Record<string, unknown>; residence_row: Record<string, unknown>; occupancy: number })[]>(CURRENT_STAYS, { tenantId: getActor().tenantId, residentIds: [...ids] });
      const stays = rows.map(({ bed_row, residence_row, occupancy, ...stay }) => {
        const residence = residenceFromRow(residence_row);
        this.residences.prime(residence);
        this.residences.primeBed(bedFromRow(bed_row));
        this.occupancyLoader().prime(residence.id, occupancy);
        return stayFromRow(stay);
      });
      return byKey(ids, stays, (s) => s.residentId, ([s]) => s ?? null);
    }).load(residentId);
  }

  /** A resident's latest `first` stays, newest first, batched per request (the page is cut in SQL). */
  ofResident(residentId: string, first: number): Promise<StayType[]> {
    return requestLoader<string, StayType[]>(`stays.byResident:${first}`, async (ids) => {
      const ranked = await this.em.execute<Record<string, unknown>[]>(
        firstPerParent({ table: 'stay', parent: 'resident_id', orderBy: 't.admitted_on desc, t.created_at desc, t.id' }),
        { tenantId: getActor().tenantId, parentIds: [...ids], first },
      );
      const stays = withoutRank(ranked).map(stayFromRow);
      return byKey(ids, stays, (s) => s.residentId, (group) => group);
    }).load(residentId);
  }

  /** The open stay in a bed, batched per request. */
  inBed(bedId: string): Promise<StayType | null> {
    return requestLoader<string, StayType | null>('stays.openByBed', async (ids) => {
      const rows = await this.em.find(Stay, { tenant: getActor().tenantId, bed: { id: { $in: [...ids] } }, dischargedOn: null });
      return byKey(ids, rows, (s) => s.bed.id, ([s]) => (s ? toStayType(s) : null));
    }).load(bedId);
  }

  /** Number of open stays of a residence, batched per request. */
  occupancy(residenceId: string): Promise<number> {
    return this.occupancyLoader().load(residenceId);
  }

  private occupancyLoader() {
    return requestLoader<string, number>('stays.occupancy', async (ids) => {
      const rows = await this.em.execute<{ residence_id: string; n: number }[]>(
        'select residence_id, count(*)::int as n from stay where tenant_id = :tenantId and residence_id in (:residenceIds) and discharged_on is null group by residence_id',
        { tenantId: getActor().tenantId, residenceIds: [...ids] },
      );
      return byKey(ids, rows, (r) => r.residence_id, ([r]) => r?.n ?? 0);
    });
  }
}
