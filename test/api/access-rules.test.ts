import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { PUBLIC_KEY, ROLES_KEY } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { startApi, type TestApi } from '../support/api.js';
import { ownerOrm } from '../support/orm.js';
import { createTestTenant } from '../support/tenants.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVER_PROPERTY = 'graphql:resolve_property';

/**
 * Every root operation and every field resolver the server serves declares who may run it
 * (@Roles) or that it is public (@Public); the AccessGuard refuses anything else. This walks
 * the live resolvers so a new operation or field without a rule fails here
 * (access-guard-runtime.test.ts checks the refusal itself).
 */
describe('access rules', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  /** `Query.x`, `Mutation.x` and `<ObjectType>.<field>` (field resolvers) → their rule. */
  function declaredRules(): Map<string, string> {
    const rules = new Map<string, string>();
    const wrappers = [...api.app.get(ModulesContainer).values()].flatMap((m) => [...m.providers.values()]);
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      for (const key of Object.getOwnPropertyNames(proto)) {
        const method = Object.getOwnPropertyDescriptor(proto, key)?.value;
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method);
        const isField = Reflect.getMetadata(RESOLVER_PROPERTY, method) === true;
        if (type !== 'Query' && type !== 'Mutation' && !isField) continue;
        const parent = isField ? Reflect.getMetadata(RESOLVER_NAME, proto.constructor) : type;
        const name = Reflect.getMetadata(RESOLVER_NAME, method) ?? key;
        const roles: Role[] | undefined = Reflect.getMetadata(ROLES_KEY, method) ?? Reflect.getMetadata(ROLES_KEY, proto.constructor);
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, method) ?? Reflect.getMetadata(PUBLIC_KEY, proto.constructor);
        rules.set(`${parent}.${name}`, isPublic ? 'public' : roles?.length ? roles.join(',') : 'NONE');
      }
    }
    return rules;
  }

  it('gives every Query and Mutation an explicit rule', () => {
    const rules = declaredRules();
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const served = [...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`), ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`)];
    expect(served.filter((op) => !rules.has(op))).toEqual([]);
    expect([...rules].filter(([, rule]) => rule === 'NONE')).toEqual([]);
    expect([...rules].filter(([, rule]) => rule === 'public').map(([op]) => op).sort()).toEqual([
      // The second sign-in step (ADR 0010): each needs the ticket a right password gave.
      'Mutation.completeRequiredMfaEnrolment',
      'Mutation.login',
      'Mutation.logout',
      'Mutation.refreshSession',
      'Mutation.startRequiredMfaEnrolment',
      'Mutation.verifyMfaCode',
      'Mutation.verifyRecoveryCode',
    ]);
  });

  it('gives every field resolver of every object type an explicit rule (walking the served schema)', () => {
    const rules = declaredRules();
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const withResolver: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Query' || type.name === 'Mutation') continue;
      for (const field of Object.keys(type.getFields())) {
        const key = `${type.name}.${field}`;
        if (rules.has(key)) withResolver.push(key);
      }
    }
    const fieldRules = [...rules].filter(([key]) => !key.startsWith('Query.') && !key.startsWith('Mutation.'));
    // Every declared field resolver is served (the walk found it), and none is without a rule.
    expect(fieldRules.map(([key]) => key).filter((key) => !withResolver.includes(key))).toEqual([]);
    expect(fieldRules.filter(([, rule]) => rule === 'NONE' || rule === 'public')).toEqual([]);
    expect(withResolver.length).toBeGreaterThan(30);
  });

  it('refuses a role outside the rule with FORBIDDEN and changes nothing', async () => {
    const owner = await ownerOrm();
    try {
      const tenant = await createTestTenant(owner, 'rules');
      const { token } = await api.login(tenant.users.GROUP_LEADER.email);
      const result = await api.gql('mutation { createResidence(input: { name: "Nope", capacity: 2 }) { id } }', {}, { token });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const { token: manager } = await api.login(tenant.users.MANAGER.email);
      const list = await api.gql('{ residences { id } }', {}, { token: manager });
      expect(list.data?.residences).toEqual([]);
    } finally {
      await owner.close(true);
    }
  });
});
