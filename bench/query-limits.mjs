// Benchmark: cost and wall time of the most expensive queries the limits still accept, and of
// refusing the issue-7 attacks, against the demo data through the built server.
// Starts a throw-away embedded PostgreSQL with the demo consortium, serves the API and signs
// in as manager.a@most.demo (32 residents, 675 sessions).
// Usage: npx node bench/query-limits.mjs [runs=5]   (after `npx nx run api:build`)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse, print, visit } from 'graphql';
import { DEFAULT_QUERY_LIMITS, queryFigures } from '../dist/libs/api/query-limits/src/index.js';
import { startBenchApi, withDemoDatabase } from './support/demo-server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
/** A web client operation as the client sends it: the operation with the fragments it uses. */
const definitions = ['case-file/src/case-file.graphql', 'caseload/src/caseload.graphql', 'residences/src/residences.graphql', 'stays/src/stays.graphql']
  .flatMap((file) => parse(readFileSync(path.resolve('libs/web', file), 'utf8')).definitions);
function web(name) {
  const byName = new Map(definitions.map((d) => [d.name.value, d]));
  const used = new Set([name]);
  const add = (node) => visit(node, { FragmentSpread: ({ name: { value } }) => void (used.has(value) || (used.add(value), add(byName.get(value)))) });
  add(byName.get(name));
  return [...used].map((n) => print(byName.get(n))).join('\n');
}
const turn = (n, inner) => `counsellingSessions(first: ${n}) { resident { ${inner} } }`;

/** [label, query, variables]; `resident` is filled with a demo resident's id. */
const ACCEPTED = [
  ['web: ResidencesBoard', web('ResidencesBoard'), {}],
  ['web: Caseload (first: 200)', web('Caseload'), { first: 200, monthStart: '2026-11-01', today: '2026-11-30' }],
  ['web: ResidentCaseFile', web('ResidentCaseFile'), { monthStart: '2026-11-01', today: '2026-11-30' }, true],
  // Just under the cost limit (150,000), each in its own shape.
  ['residents(29) → sessions(50) → resident → sessions(50)', `{ residents(first: 29) { edges { node { ${turn(50, 'counsellingSessions(first: 50) { id notes }')} } } } }`, {}],
  ['residents(200) → sessions(74) { notes … }', '{ residents(first: 200) { edges { node { counsellingSessions(first: 74) { id occurredOn notes hopes resources nextStep usefulExperience counsellor { id displayName } } } } } }', {}],
  ['residences(50) → beds(90) → occupant → stays(5)', '{ residences { beds(first: 90) { id room label occupant { id firstName lastName stays(first: 5) { id admittedOn residence { id name } } } } } }', {}],
];
const REFUSED = [
  ['issue 7: 149-byte nested sessions', '{residents{edges{node{counsellingSessions{resident{counsellingSessions{notes hopes resources nextStep usefulExperience}}}}}}}'],
  ['issue 7: 1,000 aliased me', `{ ${Array.from({ length: 1000 }, (_, i) => `m${i}: me { id }`).join(' ')} }`],
  ['residents(200) → sessions(500) → resident → sessions(500)', `{ residents(first: 200) { edges { node { ${turn(500, 'counsellingSessions(first: 500) { notes }')} } } } }`],
];

await withDemoDatabase(async (target) => {
  const started = await startBenchApi(target, { LOGIN_THROTTLE_LIMIT: '1000' });
  const app = started.app;
  const schema = app.get(GraphQLSchemaHost).schema;
  const url = `${started.url}/graphql`;
  const post = async (query, variables, token) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    return { status: res.status, bytes: text.length, body: JSON.parse(text) };
  };
  const { body } = await post('mutation { login(input: { email: "manager.a@most.demo", password: "bridgeway-demo" }) { accessToken } }');
  const token = body.data.login.accessToken;
  const first = await post('{ residents(first: 1) { edges { node { id } } } }', {}, token);
  const resident = first.body.data.residents.edges[0].node.id;
  const time = async (query, variables) => {
    await post(query, variables, token); // warm
    const ms = [];
    let last;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      last = await post(query, variables, token);
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    return { median: ms[RUNS >> 1], max: ms[RUNS - 1], last };
  };
  console.log(`limits: ${JSON.stringify(DEFAULT_QUERY_LIMITS)}; ${RUNS} runs each, manager.a@most.demo on the demo data\n`);
  for (const [label, query, vars, needsId] of ACCEPTED) {
    const variables = needsId ? { ...vars, id: resident } : vars;
    const { cost, depth } = queryFigures(schema, query, variables);
    const { median, max, last } = await time(query, variables);
    const outcome = last.body.errors ? `ERRORS ${JSON.stringify(last.body.errors.map((e) => e.extensions?.reason ?? e.message))}` : 'accepted';
    console.log(`${label.padEnd(52)} cost ${String(cost).padStart(7)}  depth ${String(depth).padStart(2)}  median ${median.toFixed(0).padStart(5)} ms  max ${max.toFixed(0).padStart(5)} ms  ${(last.bytes / 1024).toFixed(0).padStart(6)} KiB  ${outcome}`);
  }
  for (const [label, query] of REFUSED) {
    const { median, max, last } = await time(query, {});
    const reasons = (last.body.errors ?? []).map((e) => `${e.extensions?.reason} (limit ${e.extensions?.limit}${e.extensions?.actual ? `, actual ${e.extensions.actual}` : ''})`);
    console.log(`${label.padEnd(52)} refused: ${reasons.join(', ')}  HTTP ${last.status}  median ${median.toFixed(1)} ms  max ${max.toFixed(1)} ms`);
  }
  await app.close();
});
