import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { UserType, UsersService } from '@bridgeway/api-organisations';
import { RelativeType, RelativesService } from '@bridgeway/api-relatives';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { CounsellingSessionType, type SessionConfidential } from './counselling-session.type.js';
import { CounsellingService } from './counselling.service.js';
import { SessionNotesAccess } from './session-notes-access.js';
import { LogCounsellingSessionInput } from './dto/log-counselling-session.input.js';
import { LogRelativeSessionInput } from './dto/log-relative-session.input.js';

const CONFIDENTIAL = 'Confidential: null unless you held the session, are the resident\'s key worker or a manager (reading it is audited)';

@Resolver(() => CounsellingSessionType)
export class CounsellingSessionResolver {
  constructor(
    private readonly service: CounsellingService,
    private readonly access: SessionNotesAccess,
    private readonly users: UsersService,
    private readonly residents: ResidentsService,
    private readonly relatives: RelativesService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => CounsellingSessionType, { nullable: true, description: 'NOT_FOUND for an unknown id' })
  counsellingSession(@Args('id', { type: () => ID }) id: string): Promise<CounsellingSessionType> {
    return this.service.get(id);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => CounsellingSessionType, { description: 'Logs a session with a resident' })
  logCounsellingSession(@Args('input') input: LogCounsellingSessionInput): Promise<CounsellingSessionType> {
    return this.service.logWithResident(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => CounsellingSessionType, { description: 'Logs a session with a relative (optionally about a resident they are linked to)' })
  logRelativeSession(@Args('input') input: LogRelativeSessionInput): Promise<CounsellingSessionType> {
    return this.service.logWithRelative(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => Boolean, { description: 'Whether you may read notes and the solution-focused fields' })
  notesVisible(@Parent() session: CounsellingSessionType): Promise<boolean> {
    return this.access.canRead(session);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => String, { nullable: true, description: CONFIDENTIAL })
  notes(@Parent() session: CounsellingSessionType): Promise<string | null> {
    return this.confidential(session, 'notes');
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => String, { nullable: true, description: CONFIDENTIAL })
  hopes(@Parent() session: CounsellingSessionType): Promise<string | null> {
    return this.confidential(session, 'hopes');
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => String, { nullable: true, description: CONFIDENTIAL })
  resources(@Parent() session: CounsellingSessionType): Promise<string | null> {
    return this.confidential(session, 'resources');
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => String, { nullable: true, description: CONFIDENTIAL })
  usefulExperience(@Parent() session: CounsellingSessionType): Promise<string | null> {
    return this.confidential(session, 'usefulExperience');
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => String, { nullable: true, description: CONFIDENTIAL })
  nextStep(@Parent() session: CounsellingSessionType): Promise<string | null> {
    return this.confidential(session, 'nextStep');
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => UserType, { nullable: true, description: 'Who held the session' })
  counsellor(@Parent() session: CounsellingSessionType): Promise<UserType | null> {
    return this.users.loadUser(session.counsellorId);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType, { nullable: true, description: 'null for a session with a relative only' })
  resident(@Parent() session: CounsellingSessionType): Promise<ResidentType | null> {
    return session.residentId ? this.residents.load(session.residentId) : Promise.resolve(null);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => RelativeType, { nullable: true, description: 'The relative the session was with, if any' })
  relative(@Parent() session: CounsellingSessionType): Promise<RelativeType | null> {
    return session.relativeId ? this.relatives.load(session.relativeId) : Promise.resolve(null);
  }

  private async confidential(session: CounsellingSessionType, field: keyof SessionConfidential): Promise<string | null> {
    const value = session.confidential[field];
    if (value === null) return null;
    return (await this.access.disclose(session)) ? value : null;
  }
}
