// Fuzzing the served schema at scale: the same generators and checks as test/api/fuzz.test.ts
// (test/support/fuzz.ts), thousands of cases through the real API on the demo data.
// Starts a throw-away embedded PostgreSQL with the demo consortium, signs in as the manager and a
// counsellor of Skupnost MOST A, uses ids of MOST A (own) and MOST B (foreign), and prints cases/s
// and every failure (5xx, INTERNAL_SERVER_ERROR or a code outside the contract, a leak, a write on
// a rejection, any write in MOST B).
// Usage: npx nx run api:build && npx node bench/fuzz-api.mjs [cases=5000] [seed]
// (`npx node` is the project's Node 24, which runs the TypeScript helper by stripping its types.)
import pg from 'pg';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { demoLogin, startBenchApi, withDemoDatabase } from './support/demo-server.mjs';
import { describeFailure, fuzzTargets, idsOf, runFuzz, tenantTables } from '../test/support/fuzz.ts';

const CASES = Number(process.argv[2] ?? 5000);
const SEED = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const MOST_A = '0a000000-0000-4000-8000-00000000000a';
const MOST_B = '0b000000-0000-4000-8000-00000000000b';

await withDemoDatabase(async (target) => {
  const client = new pg.Client({ connectionString: target.adminUrl });
  await client.connect();
  const query = async (sql, params) => (await client.query(sql, params)).rows;
  const { app, url } = await startBenchApi(target, {
    LOGIN_THROTTLE_LIMIT: '100000',
  });
  try {
    const tokens = {
      MANAGER: await demoLogin(url, 'manager.a@most.demo'),
      COUNSELLOR: await demoLogin(url, 'counsellor.a@most.demo'),
    };

    const schema = app.get(GraphQLSchemaHost).schema;
    const targets = fuzzTargets(schema);
    const tables = await tenantTables(query);
    const pools = {
      own: await idsOf(query, tables, MOST_A),
      foreign: await idsOf(query, tables, MOST_B),
    };
    const perTarget = Math.ceil(CASES / targets.length);
    console.log(`fuzzing ${targets.length} fields × ${perTarget} cases (seed ${SEED})`);
    const report = await runFuzz(
      {
        url,
        schema,
        tokens,
        pools,
        query,
        tenantId: MOST_A,
        foreignTenantId: MOST_B,
        perTarget,
        seed: SEED,
      },
      (done) => {
        if (done % 1000 === 0) console.log(`  ${done} cases`);
      },
    );
    for (const failure of report.failures) console.log(describeFailure(failure));
    // Refused by the database (a contract error, but validation should have caught it first).
    for (const c of report.dataExceptions) console.log(`data exception: ${c.target} ${JSON.stringify(c.variables).slice(0, 300)}`);
    console.log(
      `${report.cases} cases in ${(report.ms / 1000).toFixed(1)} s = ${(report.cases / (report.ms / 1000)).toFixed(0)} cases/s; ` +
        `${report.rejected} rejected, ${report.dataExceptions.length} data exceptions, statuses ${JSON.stringify(report.statuses)}; ` +
        `failures: ${report.failures.length}`,
    );
    process.exitCode = report.failures.length ? 1 : 0;
  } finally {
    await app.close();
    await client.end().catch(() => undefined);
  }
});
