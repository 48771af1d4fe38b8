import type { TestApi } from '../support/api.js';
import { apiSuite } from '../support/suites.js';
import type { TestTenant } from '../support/tenants.js';

/**
 * In production no error spells out the schema through "Did you mean …" (introspection is off
 * there), and the query limits answer exactly as in development. The development control is
 * in query-limits.test.ts (one API per file: passport strategies are process-wide).
 */
let t: TestTenant;
let api: TestApi;

apiSuite('limits-prod', { NODE_ENV: 'production', JWT_SECRET: 'production-test-secret-0123456789abcdef' }, (suite) => ({ api, t } = suite));

it('answers misspelled fields, arguments, types and enum values without "Did you mean"', async () => {
  const { token } = await api.login(t.users.MANAGER.email);
  const answers = [
    await api.gql('{ me { displayNam } }', undefined, { token }),
    await api.gql('{ residences(firts: 2) { id } }', undefined, { token }),
    await api.gql('query($d: GoalDomai) { goalsByDomain { domain } }', undefined, { token }),
    await api.gql('mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }', { input: { residentId: t.users.MANAGER.id, title: 'x', domain: 'HOUSNG' } }, { token }),
  ];
  for (const answer of answers) {
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(answer.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(answer)).not.toMatch(/Did you mean|displayName|first:|GoalDomain"|HOUSING/);
  }
});

it('refuses an over-limit query with the same code and reason as in development', async () => {
  const result = await api.gql(`{ ${Array.from({ length: 16 }, (_, i) => `m${i}: me { id }`).join(' ')} }`);
  expect(result.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES', limit: 15, actual: 16 }));
});
