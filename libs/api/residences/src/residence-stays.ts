import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What residences must know about the stays in them: who still lives in a residence or sleeps in a
 * bed, and the first admission and last discharge, so a residence is not closed, a bed not retired
 * and an opening date not moved against them. The stays library owns the stay table and provides
 * this (StaysModule); residences cannot import stays, which depends on it. Every method runs on
 * `tx`, the caller's transaction (with the residence locked where it matters).
 */
export abstract class ResidenceStays {
  abstract countOpen(tx: EntityManager, tenantId: string, residenceId: string): Promise<number>;
  /** The latest discharge date of the residence, or null. */
  abstract lastDischargeOn(tx: EntityManager, tenantId: string, residenceId: string): Promise<string | null>;
  /** The earliest admission into the residence, or null. */
  abstract firstAdmissionOn(tx: EntityManager, tenantId: string, residenceId: string): Promise<string | null>;
  abstract isBedOccupied(tx: EntityManager, tenantId: string, bedId: string): Promise<boolean>;
}
