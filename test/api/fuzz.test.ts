import pg from 'pg';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { adminUrl } from '../support/orm.js';
import type { TestApi } from '../support/api.js';
import { admit, createGoal, createRelative, createResidence, createResident, logSession, type Tokens } from '../support/factories.js';
import { caseFileSuite } from '../support/suites.js';
import { describeFailure, fingerprints, fuzzTargets, idsOf, runFuzz, tenantTables, type SqlQuery } from '../support/fuzz.js';

/** A few records of every kind in a tenant, so generated ids hit real rows (own and foreign). */
async function seed(api: TestApi, tokens: Tokens): Promise<void> {
  const token = tokens.MANAGER;
  const residence = await createResidence(api, token, { name: 'Fuzz house', capacity: 3 });
  const residentIds: string[] = [];
  for (const lastName of ['Novak', 'Horvat']) residentIds.push((await createResident(api, token, { firstName: 'Ana', lastName, intakeDate: '2026-01-01' })).id);
  await admit(api, token, { residenceId: residence.id, residentId: residentIds[0], admittedOn: '2026-01-05' });
  await createRelative(api, token, { firstName: 'Mara', lastName: 'Novak', residentId: residentIds[0], relationship: 'PARENT' });
  await createGoal(api, token, { residentId: residentIds[0], domain: 'WORK', title: 'Find a job' });
  await logSession(api, token, { residentId: residentIds[0], occurredOn: '2026-01-10', durationMinutes: 45, kind: 'INDIVIDUAL', notes: 'n' });
}

/**
 * Generated inputs to every argument of every Query and Mutation field of the served schema, as a
 * manager and a counsellor: no INTERNAL_SERVER_ERROR, no 5xx, contract codes only, nothing written
 * on a rejection and nothing ever written in another tenant. FUZZ_RUNS (total cases, default 400)
 * and FUZZ_SEED replay a run; bench/fuzz-api.mjs runs thousands.
 */
describe('fuzzing the served schema', () => {
  const suite = caseFileSuite('fuzz');
  let client: pg.Client;
  const query: SqlQuery = async (sql, params) => (await client.query(sql, params as unknown[])).rows;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    await seed(suite.api, suite.ta);
    await seed(suite.api, suite.tb);
  });
  afterAll(() => client?.end());

  const total = Number(process.env.FUZZ_RUNS ?? 400);

  it('answers every generated input with data or a contract error, and writes nothing on a rejection', async () => {
    const schema = suite.api.app.get(GraphQLSchemaHost).schema;
    const targets = fuzzTargets(schema);
    expect(targets.length).toBeGreaterThan(20);
    const tables = await tenantTables(query);
    const own = await idsOf(query, tables, suite.a.id);
    const foreign = await idsOf(query, tables, suite.b.id);
    // The fingerprint must see the seeded rows, or "unchanged" would prove nothing.
    expect((await fingerprints(query, tables, [suite.a.id]))[suite.a.id].resident).toMatch(/^2:\d+$/);

    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    const report = await runFuzz({
      url: suite.api.url,
      schema,
      tokens: { MANAGER: suite.ta.MANAGER, COUNSELLOR: suite.ta.COUNSELLOR },
      pools: { own, foreign },
      query,
      tenantId: suite.a.id,
      foreignTenantId: suite.b.id,
      perTarget: Math.ceil(total / targets.length),
      seed,
    });
    console.log(`fuzz: ${report.cases} cases over ${targets.length} fields in ${Math.round(report.ms)} ms (seed ${seed}; replay with FUZZ_SEED=${seed}); ${report.rejected} rejected; statuses ${JSON.stringify(report.statuses)}`);
    if (report.dataExceptions.length) console.log(`fuzz: data exceptions (validation missing before the database):\n${report.dataExceptions.map((c) => `${c.target}: ${JSON.stringify(c.variables).slice(0, 300)} ${c.inline ? c.query.slice(0, 300) : ''}`).join('\n')}`);
    expect(report.failures.map(describeFailure)).toEqual([]);
    // Not everything may bounce off validation: some generated inputs must reach the services and succeed.
    expect(report.cases - report.rejected).toBeGreaterThan(0);
  }, 30_000 + total * 150);
});
