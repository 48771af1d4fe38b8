import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@bridgeway/api-audit';
import type { OpenPeriod } from '@bridgeway/api-common';
import { UsersService, staffMembers, staffOfRows } from '@bridgeway/api-organisations';
import { byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { type CounsellingSessionType, sessionFromRow } from './counselling-session.type.js';
import { type SessionRevisionType, revisionFromRow } from './session-revision.type.js';

type SessionsKey = { residentId: string; first: number };

/**
 * Request-scoped batch loaders: a list of residents (or sessions) costs one query per
 * relation, not one per row. Every query also filters on the actor's tenant (RLS does too).
 */
@Injectable()
export class CounsellingLoaders {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  /** A resident's sessions, newest first; at most `first` of them (window function per resident). */
  sessionsOfResident({ residentId, first }: SessionsKey): Promise<CounsellingSessionType[]> {
    return requestLoader<string, CounsellingSessionType[]>(`counselling.sessionsByResident:${first}`, async (ids) => {
      const { tenantId } = getActor();
      // The counsellors' public fields come along and prime the users loader: `counsellor` costs no statement.
      // Staff members are read through the organisations library's staffMembers (user_account is its table).
      const rows = await this.em.execute<Record<string, unknown>[]>(
        `select cs.*, u.email as counsellor_email, u.display_name as counsellor_display_name, u.role as counsellor_role
           from counselling_session cs
           join (select id, row_number() over (partition by resident_id order by occurred_on desc, created_at desc, id) as rn
                   from counselling_session where tenant_id = :tenantId and resident_id in (:residentIds)) ranked
             on cs.tenant_id = :tenantId and cs.id = ranked.id
           left join ${staffMembers('u')} on u.tenant_id = cs.tenant_id and u.id = cs.counsellor_id
          where ranked.rn <= :first
          order by cs.occurred_on desc, cs.created_at desc, cs.id`,
        { tenantId, residentIds: [...ids], first },
      );
      await this.users.primeUsers(staffOfRows(rows, 'counsellor_id', 'counsellor'));
      const sessions = rows.map(sessionFromRow);
      return byKey(ids, sessions, (s) => s.residentId ?? '', (group) => group);
    }).load(residentId);
  }

  /**
   * Counselling minutes with a resident, all of them or those from `from` to `to` (both included, either optional):
   * one grouped SUM for every resident of the request that asks for the same range. Withdrawn sessions do not count.
   */
  minutesOfResident(residentId: string, { from = null, to = null }: OpenPeriod = {}): Promise<number> {
    const ranged = from !== null || to !== null;
    const range = [...(from !== null ? ['occurred_on >= :from'] : []), ...(to !== null ? ['occurred_on <= :to'] : [])];
    const name = ranged ? `counselling.minutesByResident:${from ?? ''}..${to ?? ''}` : 'counselling.minutesByResident';
    return requestLoader<string, number>(name, async (ids) => {
      const rows = await this.em.execute<{ resident_id: string; minutes: number }[]>(
        `select resident_id, sum(duration_minutes)::int as minutes from counselling_session
          where tenant_id = :tenantId and resident_id in (:residentIds) and withdrawn_at is null${range.map((c) => ` and ${c}`).join('')} group by resident_id`,
        { tenantId: getActor().tenantId, residentIds: [...ids], from, to },
      );
      return byKey(ids, rows, (r) => r.resident_id, ([r]) => r?.minutes ?? 0);
    }).load(residentId);
  }

  /** A session's revisions, oldest first, at most `first`: one query for every session of the request. */
  revisionsOfSession(sessionId: string, first: number): Promise<SessionRevisionType[]> {
    return requestLoader<string, SessionRevisionType[]>(`counselling.revisionsBySession:${first}`, async (ids) => {
      const rows = await this.em.execute<(Parameters<typeof revisionFromRow>[0] & { session_id: string })[]>(
        `select id, session_id, change, changed_at, reason, changed_by_id, previous from (
           select *, row_number() over (partition by session_id order by changed_at, id) as rn from counselling_session_revision
            where tenant_id = :tenantId and session_id in (:sessionIds)) ranked
          where rn <= :first order by changed_at, id`,
        { tenantId: getActor().tenantId, sessionIds: [...ids], first },
      );
      return byKey(ids, rows, (r) => r.session_id, (group) => group.map(revisionFromRow));
    }).load(sessionId);
  }

  /** Records one READ audit row per session whose notes this request discloses (written with the request's other READ rows, in one insert). */
  notesRead(session: CounsellingSessionType): Promise<true> {
    return requestLoader<string, true>('counselling.notesRead', async (keys) => {
      this.audit.recordAtRequestEnd(
        keys.map((key) => {
          const [entityId, residentId] = key.split('|');
          return { action: 'READ' as const, entityType: 'CounsellingSession', entityId, residentId: residentId || null };
        }),
      );
      return keys.map(() => true as const);
    }).load(`${session.id}|${session.residentId ?? ''}`);
  }
}
