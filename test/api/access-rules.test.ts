import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PUBLIC_KEY, ROLES_KEY } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { startApi, type TestApi } from '../support/api.js';
import { ownerOrm } from '../support/orm.js';
import { createTestTenant } from '../support/tenants.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Every root operation the server serves declares who may run it (@Roles) or that it is
 * public (@Public); the AccessGuard refuses anything else. This walks the live resolvers
 * so a new operation without a rule fails here, and checks the rule is enforced.
 */
describe('access rules', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('gives every Query and Mutation an explicit rule', () => {
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
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = Reflect.getMetadata(RESOLVER_NAME, method) ?? key;
        const roles: Role[] | undefined = Reflect.getMetadata(ROLES_KEY, method) ?? Reflect.getMetadata(ROLES_KEY, proto.constructor);
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, method) ?? Reflect.getMetadata(PUBLIC_KEY, proto.constructor);
        rules.set(`${type}.${name}`, isPublic ? 'public' : roles?.length ? roles.join(',') : 'NONE');
      }
    }
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const served = [...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`), ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`)];
    expect(served.filter((op) => !rules.has(op))).toEqual([]);
    expect([...rules].filter(([, rule]) => rule === 'NONE')).toEqual([]);
    expect([...rules].filter(([, rule]) => rule === 'public').map(([op]) => op).sort()).toEqual(['Mutation.login', 'Mutation.logout', 'Mutation.refreshSession']);
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
