import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, type AuditEntry } from '@bridgeway/api-audit';
import { getActor } from '@bridgeway/api-tenancy';
import { CANCEL_UNFIT_MEETINGS, GENERATE_MEETINGS, REFIT_MEETING_ENDS } from './meeting-schedule.sql.js';

/** Keeps a programme's generated meetings in line with its schedule (meeting-schedule.sql.ts), audited. */
@Injectable()
export class MeetingScheduler {
  constructor(private readonly audit: AuditService) {}

  /**
   * Cancels the future generated meetings the schedule no longer has, moves the end of those it
   * keeps to the schedule's end time, and generates the missing ones. Idempotent. Returns the ids of
   * the meetings it generated.
   */
  async reconcile(tx: EntityManager, programmeId: string): Promise<string[]> {
    const params = { tenantId: getActor().tenantId, programmeId };
    const cancelled = await tx.execute<{ id: string }[]>(CANCEL_UNFIT_MEETINGS, params);
    await tx.execute(REFIT_MEETING_ENDS, params);
    const generated = await this.generate(tx, programmeId);
    await this.audit.record(cancelled.map((m): AuditEntry => ({ action: 'CANCEL', entityType: 'Meeting', entityId: m.id, details: { reason: 'schedule' } })), tx);
    return generated;
  }

  /**
   * Generates the missing meetings of the coming weeks (nothing for a programme that is not active or
   * has no schedule), reopening those the schedule itself had cancelled. Returns their ids.
   */
  async generate(tx: EntityManager, programmeId: string): Promise<string[]> {
    const rows = await tx.execute<{ id: string; inserted: boolean }[]>(GENERATE_MEETINGS, { tenantId: getActor().tenantId, programmeId });
    await this.audit.record(rows.map((r): AuditEntry => ({ action: r.inserted ? 'CREATE' : 'REOPEN', entityType: 'Meeting', entityId: r.id })), tx);
    return rows.map((r) => r.id);
  }
}
