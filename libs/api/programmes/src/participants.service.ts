import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@bridgeway/api-common';
import { containsPattern } from '@bridgeway/api-residents';
import { getActor } from '@bridgeway/api-tenancy';
import { ParticipantKind } from '@bridgeway/shared-domain';
import type { ParticipantType } from './meeting.type.js';
import { ProgrammeAccess } from './programme-access.js';
import { PARTICIPANT_ORDER, PARTICIPANT_TABLE, participantFromRow, type ParticipantRow } from './participants.sql.js';
import { PARTICIPANT_SEARCH, type ParticipantSearchArgs } from './dto/programmes.args.js';

/** People of one table as participants whose name matches `:search` (same expression as the residents' trigram index). */
const matching = (table: string, kind: ParticipantKind, also = '') => `
  select '${kind}' as participant_kind, r.id as participant_id, r.first_name || ' ' || r.last_name as participant_name
    from ${table} r
   where r.tenant_id = :tenantId and lower(r.first_name || ' ' || r.last_name) like lower(:search)${also}`;

/** A resident or relative (column `column` of enrolment/attendance) already taking part in the programme. */
const inProgramme = (column: string) => `
   and (exists (select 1 from enrolment e where e.tenant_id = r.tenant_id and e.programme_id = :programmeId and e.${column} = r.id)
        or exists (select 1 from attendance a join meeting m on m.tenant_id = a.tenant_id and m.id = a.meeting_id
                    where a.tenant_id = r.tenant_id and a.${column} = r.id and m.programme_id = :programmeId))`;

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ProgrammeAccess,
  ) {}

  /**
   * "Add a participant" on the attendance screen. Case workers find the organisation's residents,
   * relatives and members. A group leader (of this programme, else NOT_FOUND) finds members, and
   * residents and relatives only if they already take part in this programme: the search never
   * tells a group leader that someone is a resident or a relative.
   */
  async search(args: ParticipantSearchArgs): Promise<ParticipantType[]> {
    const { tenantId } = getActor();
    const [programme] = await this.em.execute<{ id: string }[]>('select id from programme where tenant_id = :tenantId and id = :programmeId', { tenantId, programmeId: args.programmeId });
    if (!programme) throw new NotFoundError('Programme', args.programmeId);
    await this.access.assertVisible(programme.id);
    const all = this.access.seesAll();
    const rows = await this.em.execute<ParticipantRow[]>(
      `select * from (
         ${matching(PARTICIPANT_TABLE[ParticipantKind.RESIDENT], ParticipantKind.RESIDENT, all ? '' : inProgramme('resident_id'))}
         union all
         ${matching(PARTICIPANT_TABLE[ParticipantKind.RELATIVE], ParticipantKind.RELATIVE, all ? '' : inProgramme('relative_id'))}
         union all
         ${matching(PARTICIPANT_TABLE[ParticipantKind.MEMBER], ParticipantKind.MEMBER)}
       ) found
       order by ${PARTICIPANT_ORDER} limit :first`,
      { tenantId, programmeId: programme.id, search: containsPattern(args.search), first: args.first ?? PARTICIPANT_SEARCH.default },
    );
    return rows.map(participantFromRow);
  }

  /** One participant's display name (for a mutation's answer); null when not in the organisation. */
  async named(em: EntityManager, kind: ParticipantKind, id: string): Promise<ParticipantType | null> {
    const [row] = await em.execute<ParticipantRow[]>(
      `select '${kind}' as participant_kind, id as participant_id, first_name || ' ' || last_name as participant_name from ${PARTICIPANT_TABLE[kind]} where tenant_id = :tenantId and id = :id`,
      { tenantId: getActor().tenantId, id },
    );
    return row ? participantFromRow(row) : null;
  }
}
