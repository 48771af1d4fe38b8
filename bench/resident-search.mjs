// Benchmark: resident name search and paging with many residents, through the real API.
// Starts a throw-away embedded PostgreSQL, loads N residents into one tenant (SQL, as the
// owner), then times `residents(search:)` and `residents(first: 50)` as a manager.
// Usage: npx node bench/resident-search.mjs [N=50000]   (after `npx nx run api:build`)
import pg from 'pg';
import { startBenchApi, withDemoDatabase } from './support/demo-server.mjs';

const N = Number(process.argv[2] ?? 50_000);
const TENANT = '0a000000-0000-4000-8000-00000000000a'; // Skupnost MOST A (demo)
await withDemoDatabase(async (target) => {
  const owner = new pg.Client({ connectionString: target.adminUrl });
  await owner.connect();
  let t = performance.now();
  await owner.query('begin');
  await owner.query(`select set_config('app.tenant_id', $1, true)`, [TENANT]);
  await owner.query(
    `insert into resident (tenant_id, id, first_name, last_name, status, intake_date, created_at, version)
     select $1, gen_random_uuid(), 'First' || g, (array['Novak','Horvat','Kovačič','Krajnc','Zupančič','Potočnik','Mlakar','Kos','Vidmar','Golob'])[1 + g % 10] || g,
            'FOLLOW_UP', date '2025-01-01' + (g % 600), now(), 1
       from generate_series(1, $2) g`,
    [TENANT, N],
  );
  await owner.query('commit');
  await owner.query('analyze resident');
  await owner.end();
  console.log(`loaded ${N} residents in ${Math.round(performance.now() - t)} ms`);

  const { app, url: base } = await startBenchApi(target);
  const url = `${base}/graphql`;
  const post = async (query, variables, token) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login } = await post('mutation { login(input: { email: "manager.a@most.demo", password: "bridgeway-demo" }) { accessToken } }');
  const token = login.accessToken;
  const time = async (label, query, variables, runs = 20) => {
    await post(query, variables, token); // warm
    const ms = [];
    let last;
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      last = await post(query, variables, token);
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    console.log(`${label.padEnd(46)} median ${ms[runs >> 1].toFixed(1)} ms   p95 ${ms[Math.floor(runs * 0.95)].toFixed(1)} ms   (totalCount ${last.residents.totalCount})`);
  };
  const PAGE = 'query($s: String, $a: String) { residents(first: 50, search: $s, after: $a) { totalCount pageInfo { endCursor } edges { node { id lastName } } } }';
  await time('residents(first: 50)', PAGE, {});
  await time('residents(search: "novak12", first: 50)', PAGE, { s: 'novak12' });
  await time('residents(search: "first4999", first: 50)', PAGE, { s: 'first4999' });
  await time('residents(search: "zzz-no-match")', PAGE, { s: 'zzz-no-match' });
  await app.close();
});
