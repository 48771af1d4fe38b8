import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { UserType, UsersService } from '@bridgeway/api-organisations';
import { RelativeType, RelativesService } from '@bridgeway/api-relatives';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { getActor } from '@bridgeway/api-tenancy';
import { CASE_WORKER_ROLES, Role, SESSION_CHANGE_DAYS } from '@bridgeway/shared-domain';
import { CounsellingSessionType, type SessionConfidential } from './counselling-session.type.js';
import { CounsellingService, changeRefusal } from './counselling.service.js';
import { CounsellingLoaders } from './counselling.loaders.js';
import { CorrectCounsellingSessionInput, WithdrawCounsellingSessionInput } from './dto/change-session.input.js';
import { SessionRevisionType, SessionWithdrawalType } from './session-revision.type.js';
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
    private readonly loaders: CounsellingLoaders,
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
  @Mutation(() => CounsellingSessionType, { description: `Corrects a session: by its counsellor or a manager, within ${SESSION_CHANGE_DAYS} days of logging it (else FORBIDDEN); the previous values are kept in its revisions` })
  correctCounsellingSession(@Args('input') input: CorrectCounsellingSessionInput): Promise<CounsellingSessionType> {
    return this.service.correct(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => CounsellingSessionType, { description: `Withdraws a session logged by mistake: by its counsellor or a manager, within ${SESSION_CHANGE_DAYS} days of logging it (else FORBIDDEN); it stays visible, marked, and counts in no figure` })
  withdrawCounsellingSession(@Args('input') input: WithdrawCounsellingSessionInput): Promise<CounsellingSessionType> {
    return this.service.withdraw(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => SessionWithdrawalType, { nullable: true, description: 'Who withdrew the session, when and why; null unless withdrawn' })
  withdrawal(@Parent() session: CounsellingSessionType): SessionWithdrawalType | null {
    return session.withdrawal ? Object.assign(new SessionWithdrawalType(), session.withdrawal) : null;
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => Boolean, { description: `Whether you may correct or withdraw it now (its counsellor or a manager, within ${SESSION_CHANGE_DAYS} days, not withdrawn)` })
  changeable(@Parent() session: CounsellingSessionType): boolean {
    return changeRefusal(getActor(), session, 'correct') === null;
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [SessionRevisionType], { nullable: true, description: 'Corrections and withdrawal, oldest first, with the values before each. Confidential: null unless you held the session or are a manager (reading it is audited)' })
  async revisions(@Parent() session: CounsellingSessionType, @Args(firstArg(PAGE_SIZES.sessionRevisions, 'changes')) first?: number | null): Promise<SessionRevisionType[] | null> {
    const actor = getActor();
    if (actor.role !== Role.MANAGER && actor.userId !== session.counsellorId) return null;
    const revisions = await this.loaders.revisionsOfSession(session.id, pageSize(first, PAGE_SIZES.sessionRevisions));
    // The old values include notes: reading them is audited like reading the notes.
    if (revisions.length) await this.loaders.notesRead(session);
    return revisions;
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
