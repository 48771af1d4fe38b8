import { Module } from '@nestjs/common';
import { Args, Field, ID, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { ResidentType, ResidentsModule, ResidentsService } from '@bridgeway/api-residents';
import { ALL_ROLES, Role } from '@bridgeway/shared-domain';
import { statementsDuring, type GqlError } from '../support/api.js';
import { insertResident, signInAll, type Tokens } from '../support/factories.js';
import { apiSuite, type ApiSuite } from '../support/suites.js';

@ObjectType('AccessProbe')
class AccessProbe {
  @Field(() => ID) id!: string;
}

/** Probe operations and fields added to the real API for this suite only. */
@Resolver(() => AccessProbe)
class AccessProbeResolver {
  constructor(private readonly residents: ResidentsService) {}

  @Query(() => String, { nullable: true, description: 'Declares no rule: must be refused' })
  unruledProbe(): string {
    return 'leaked';
  }

  @Roles(...ALL_ROLES)
  @Query(() => AccessProbe, { nullable: true })
  accessProbe(): AccessProbe {
    return Object.assign(new AccessProbe(), { id: 'probe' });
  }

  @Roles(...ALL_ROLES)
  @Query(() => ResidentType, { nullable: true, description: 'Hands any role a Resident, to prove its fields guard themselves' })
  probeResident(@Args('id', { type: () => ID }) id: string): Promise<ResidentType> {
    return this.residents.read(id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Declares no rule: must be refused' })
  unruledField(): string {
    return 'leaked';
  }

  @Roles(Role.MANAGER)
  @ResolveField(() => String, { nullable: true })
  managersOnly(): string {
    return 'for managers';
  }
}

@Module({ imports: [ResidentsModule], providers: [AccessProbeResolver] })
class AccessProbeModule {}

const codes = (errors?: GqlError[]) => (errors ?? []).map((e) => [e.extensions?.code, e.path?.join('.')]);

/** The AccessGuard at runtime: closed by default for operations and fields, one authentication per request. */
describe('access guard at runtime', () => {
  let { owner, api, t } = {} as ApiSuite;
  apiSuite('guard', { LOGIN_THROTTLE_LIMIT: '1000' }, (suite) => ({ owner, api, t } = suite), [AccessProbeModule]);
  let tokens: Tokens;

  beforeAll(async () => {
    tokens = await signInAll(api, t);
  });

  it('refuses an operation that declares no rule, for every role', async () => {
    for (const role of Object.values(Role)) {
      const result = await api.gql('{ unruledProbe }', {}, { token: tokens[role] });
      expect(result.data?.unruledProbe ?? null).toBeNull();
      expect(codes(result.errors)).toEqual([['FORBIDDEN', 'unruledProbe']]);
      expect(result.errors?.[0].message).toMatch(/no access rule/);
    }
  });

  it('refuses a field resolver that declares no rule, and applies a field rule by role', async () => {
    const unruled = await api.gql('{ accessProbe { id unruledField } }', {}, { token: tokens.MANAGER });
    expect(unruled.data?.accessProbe).toEqual({ id: 'probe', unruledField: null });
    expect(codes(unruled.errors)).toEqual([['FORBIDDEN', 'accessProbe.unruledField']]);
    const counsellor = await api.gql('{ accessProbe { managersOnly } }', {}, { token: tokens.COUNSELLOR });
    expect(codes(counsellor.errors)).toEqual([['FORBIDDEN', 'accessProbe.managersOnly']]);
    const manager = await api.gql('{ accessProbe { managersOnly } }', {}, { token: tokens.MANAGER });
    expect(manager).toMatchObject({ data: { accessProbe: { managersOnly: 'for managers' } } });
    expect(manager.errors).toBeUndefined();
  });

  it('guards the fields of a case file even when a root operation hands a Resident to another role', async () => {
    const residentId = await insertResident(owner, t.id, t.users.COUNSELLOR.id);
    const fields = ['goals { id }', 'counsellingSessions { id }', 'stays { id }', 'currentStay { id }', 'relatives { relationship }', 'assessments { id }', 'keyWorker { id }', 'counsellingMinutes', 'attendance { meetingId }'];
    // One field per request: a refused non-null field nulls its parent, which hides its siblings' errors.
    for (const field of fields) {
      const query = `query($id: ID!) { probeResident(id: $id) { id ${field} } }`;
      for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) {
        const result = await api.gql(query, { id: residentId }, { token: tokens[role] });
        expect(codes(result.errors)).toEqual([['FORBIDDEN', `probeResident.${field.split(' ')[0]}`]]);
      }
      const counsellor = await api.gql(query, { id: residentId }, { token: tokens.COUNSELLOR });
      expect(counsellor.errors).toBeUndefined();
    }
  });

  it('authenticates once per request: at most one user lookup however many root fields and field resolvers', async () => {
    const query = '{ a: accessProbe { id managersOnly } b: accessProbe { id managersOnly } c: accessProbe { id managersOnly } d: accessProbe { id } }';
    const statements = await statementsDuring(api, async () => {
      const result = await api.gql(query, {}, { token: tokens.MANAGER });
      expect(result.errors).toBeUndefined();
    });
    // None when the actor cache already knows the user (test/auth/actor-cache.test.ts), never more than one.
    expect(statements.filter((s) => /from "?user_account"?/.test(s)).length).toBeLessThanOrEqual(1);
  });
});
