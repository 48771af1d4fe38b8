import { Injectable } from '@nestjs/common';
import { ResidentsService } from '@bridgeway/api-residents';
import { getActor } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';
import type { CounsellingSessionType } from './counselling-session.type.js';
import { CounsellingLoaders } from './counselling.loaders.js';

export interface NotesViewer {
  userId: string;
  role: Role;
}

/**
 * Who may read a session's notes (and its solution-focused fields): the counsellor who held
 * it, the resident's key worker, and the organisation's managers. Everyone else who may see
 * the session at all sees these fields as null. (Row-level security already limits the
 * session to the viewer's organisation.)
 */
export function mayReadNotes(viewer: NotesViewer, session: { counsellorId: string }, keyWorkerId: string | null | undefined): boolean {
  return viewer.role === Role.MANAGER || viewer.userId === session.counsellorId || (keyWorkerId != null && viewer.userId === keyWorkerId);
}

@Injectable()
export class SessionNotesAccess {
  constructor(
    private readonly residents: ResidentsService,
    private readonly loaders: CounsellingLoaders,
  ) {}

  async canRead(session: CounsellingSessionType): Promise<boolean> {
    const viewer = getActor();
    if (mayReadNotes(viewer, session, null)) return true;
    if (!session.residentId) return false;
    const resident = await this.residents.load(session.residentId);
    return mayReadNotes(viewer, session, resident?.keyWorkerId);
  }

  /** Whether the confidential fields may be returned; if so, the disclosure is audited first. */
  async disclose(session: CounsellingSessionType): Promise<boolean> {
    if (!(await this.canRead(session))) return false;
    await this.loaders.notesRead(session);
    return true;
  }
}
