import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, getNullableType, isLeafType, isListType, isObjectType } from 'graphql';
import { DEFAULT_QUERY_LIMITS, NATURAL_LIST_SIZES, PAGE_SIZES } from '@bridgeway/api-query-limits';
import { graphql, ok, withStatements } from '../support/api.js';
import { createResidence } from '../support/factories.js';
import { ownerQuery } from '../support/stored.js';
import { caseFileSuite } from '../support/suites.js';
import { loadConfig } from '../../apps/api/src/config.js';

/**
 * Finding 2 of issue 7: limits on query size and cost. Every refusal answers BAD_USER_INPUT
 * with the limit in extensions.reason/limit and runs no SQL at all; list fields have a
 * default and a maximum page size, cut in SQL.
 */
const suite = caseFileSuite('limits');
let residentIds: string[];
const SESSIONS = 60;

beforeAll(async () => {
  const { owner, a } = suite;
  residentIds = [randomUUID(), randomUUID()];
  for (const [n, id] of residentIds.entries()) {
    await ownerQuery(owner, a.id, `insert into resident (tenant_id, id, first_name, last_name, status, intake_date, created_at, version, key_worker_id)
      values (?, ?, 'Limit', ?, 'FOLLOW_UP', '2025-01-01', now(), 1, ?)`, [a.id, id, `Person${n}`, a.users.COUNSELLOR.id]);
    await ownerQuery(owner, a.id, `insert into counselling_session (tenant_id, id, resident_id, counsellor_id, occurred_on, duration_minutes, kind, notes, created_at)
      select ?, gen_random_uuid(), ?, ?, date '2025-01-01' + g, 30, 'INDIVIDUAL', 'note ' || g, now() from generate_series(1, ?) g`, [a.id, id, a.users.COUNSELLOR.id, SESSIONS]);
    await ownerQuery(owner, a.id, `insert into goal (tenant_id, id, resident_id, domain, title, status, progress, version, created_by_id, created_at, updated_at)
      select ?, gen_random_uuid(), ?, 'HOUSING', 'Goal ' || g, 'PLANNED', 0, 1, ?, timestamptz '2025-01-01' + g * interval '1 day', now() from generate_series(1, 3) g`, [a.id, id, a.users.COUNSELLOR.id]);
  }
});

const manager = () => ({ token: suite.ta.MANAGER });

/** A refusal by a limit: only BAD_USER_INPUT errors, one of them with `reason`, no data, no SQL. */
async function expectRefused(query: string, reason: string, variables?: Record<string, unknown>) {
  const { result, statements } = await withStatements(suite.api, () => suite.api.gql(query, variables, manager()));
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual(result.errors?.map(() => 'BAD_USER_INPUT'));
  const error = result.errors?.find((e) => e.extensions?.reason === reason);
  expect(error?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', reason, limit: expect.any(Number) }));
  expect(statements).toEqual([]);
  return error!;
}

const aliasedMe = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `m${i}: me { id }`).join(' ')} }`;

describe('refused before execution, without any SQL', () => {
  it('the 149-byte residents → counsellingSessions → resident → counsellingSessions query (QUERY_TOO_COSTLY)', async () => {
    const attack = '{residents{edges{node{counsellingSessions{resident{counsellingSessions{notes hopes resources nextStep usefulExperience}}}}}}}';
    const error = await expectRefused(attack, 'QUERY_TOO_COSTLY');
    expect(error.extensions).toEqual(expect.objectContaining({ limit: DEFAULT_QUERY_LIMITS.maxCost, actual: expect.any(Number) }));
    expect(error.extensions!.actual).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    // One more turn, with the largest pages the fields allow.
    await expectRefused(
      'query($n: Int) { residents(first: 200) { edges { node { counsellingSessions(first: $n) { resident { counsellingSessions(first: $n) { resident { counsellingSessions(first: $n) { notes } } } } } } } } }',
      'QUERY_TOO_COSTLY',
      { n: 500 },
    );
  });

  it('a wide query whose lists multiply (QUERY_TOO_COSTLY)', async () => {
    await expectRefused('{ residences(first: 200) { beds(first: 500) { id occupant { id stays { id } } } } }', 'QUERY_TOO_COSTLY');
  });

  it('1,000 aliased `me` fields (the token cap stops parsing: TOO_MANY_TOKENS)', async () => {
    const error = await expectRefused(aliasedMe(1000), 'TOO_MANY_TOKENS');
    expect(error.extensions?.limit).toBe(DEFAULT_QUERY_LIMITS.maxTokens);
  });

  it('more aliases than allowed (TOO_MANY_ALIASES, and as many root fields: TOO_MANY_ROOT_FIELDS)', async () => {
    const n = DEFAULT_QUERY_LIMITS.maxAliases + 1;
    const error = await expectRefused(aliasedMe(n), 'TOO_MANY_ALIASES');
    expect(error.extensions).toEqual(expect.objectContaining({ limit: DEFAULT_QUERY_LIMITS.maxAliases, actual: n }));
    await expectRefused(aliasedMe(n), 'TOO_MANY_ROOT_FIELDS');
  });

  it('too many root fields without any alias, also through fragments (TOO_MANY_ROOT_FIELDS)', async () => {
    const id = '"00000000-0000-4000-8000-000000000000"';
    const query = `query { me { id } ...More residences { id } relatives { id } goalsByDomain { domain } assessmentInstruments { code } __typename }
      fragment More on Query { resident(id: ${id}) { id } residence(id: ${id}) { id } relative(id: ${id}) { id } goal(id: ${id}) { id } residents { totalCount } }`;
    const error = await expectRefused(query, 'TOO_MANY_ROOT_FIELDS');
    expect(error.extensions).toEqual(expect.objectContaining({ limit: DEFAULT_QUERY_LIMITS.maxRootFields, actual: 11 }));
  });

  it('a query nested deeper than allowed, however cheap (QUERY_TOO_DEEP)', async () => {
    const turn = (inner: string) => `goals(first: 1) { resident { ${inner} } }`;
    const deep = `{ residents(first: 1) { edges { node { ${turn(turn(turn(turn(turn('id')))))} } } } }`;
    const error = await expectRefused(deep, 'QUERY_TOO_DEEP');
    expect(error.extensions).toEqual(expect.objectContaining({ limit: DEFAULT_QUERY_LIMITS.maxDepth, actual: 14 }));
  });

  it('too many directives (TOO_MANY_DIRECTIVES)', async () => {
    const fields = Array.from({ length: DEFAULT_QUERY_LIMITS.maxDirectives + 1 }, () => 'id @include(if: true)').join(' ');
    await expectRefused(`{ me { ${fields} } }`, 'TOO_MANY_DIRECTIVES');
  });

  it('answers the same without a token (the limits come before authentication)', async () => {
    const result = await suite.api.gql(aliasedMe(DEFAULT_QUERY_LIMITS.maxAliases + 1));
    expect(result.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' }));
  });

  it('keeps suggestions outside production (control for the production suite)', async () => {
    const result = await suite.api.gql('{ me { displayNam } }', undefined, manager());
    expect(result.errors?.[0].message).toMatch(/Did you mean/);
  });
});

describe('accepted', () => {
  it("the web client's case file, as the client sends it", async () => {
    const documents = ['libs/web/case-file/src/case-file.graphql', 'libs/web/stays/src/stays.graphql'].map((f) => readFileSync(path.resolve(f), 'utf8'));
    const caseFile = documents[0] + '\n' + /fragment StaySummary on Stay \{[\s\S]*?\n\}\n/.exec(documents[1])![0];
    const data = ok(
      await suite.api.gql<{ resident: { counsellingSessions: unknown[]; goals: unknown[] } }>(
        caseFile,
        { id: residentIds[0], monthStart: '2025-01-01', today: '2025-03-31' },
        { token: suite.ta.COUNSELLOR },
      ),
    );
    expect(data.resident.counsellingSessions).toHaveLength(50);
    expect(data.resident.goals).toHaveLength(3);
  });

  it('a query just inside the cost limit', async () => {
    // 1 + 20 × (1 + 1 + (1 + 50 × (1 + 1 + 50 × 2))) = 102,081: accepted (limit 150,000).
    const query = '{ residents(first: 20) { edges { node { counsellingSessions(first: 50) { resident { counsellingSessions(first: 50) { id notes } } } } } } }';
    ok(await suite.api.gql(query, undefined, manager()));
  });
});

describe('the same document with other variables', () => {
  // The cost of an accepted document is remembered by its Int and Boolean variables (libs/api/query-limits cost-cache.ts).
  const nested = `query LimitsVaried($n: Int, $m: Int = 2, $deep: Boolean = false) { residents(first: $n) { edges { node {
    counsellingSessions(first: $m) { resident { counsellingSessions(first: $m) @include(if: $deep) { id } } } } } } }`;

  it('is estimated again when a page size or an @include changes, however often it was accepted before', async () => {
    // 1 + n × (1 + 1 + (1 + m × (1 + 1 + m × 1))) with the inner list included: n 5, m 50 → 13,016.
    for (let i = 0; i < 3; i++) ok(await suite.api.gql(nested, { n: 5, m: 50, deep: true }, manager()));
    await expectRefused(nested, 'QUERY_TOO_COSTLY', { n: 60, m: 50, deep: true }); // 156,181
    ok(await suite.api.gql(nested, { n: 60, m: 50, deep: false }, manager())); // 3,181
    await expectRefused(nested, 'QUERY_TOO_COSTLY', { n: 60, m: 50, deep: true });
    // An absent variable takes the document's default (2: 661); an explicit null, the field's default page (50).
    ok(await suite.api.gql(nested, { n: 60, deep: true }, manager()));
    await expectRefused(nested, 'QUERY_TOO_COSTLY', { n: 60, m: null, deep: true });
  });
});

describe('page sizes', () => {
  const SESSIONS_QUERY = graphql(`query LimitsSessions($id: ID!, $first: Int) { resident(id: $id) { counsellingSessions(first: $first) { id occurredOn } } }`);
  const PAGES_IN_SQL = graphql(`query LimitsPagesInSql { residents(search: "Limit Person") { edges { node { lastName goals(first: 2) { title } counsellingSessions(first: 3) { id } } } } }`);

  it(`counsellingSessions without first returns the default (${PAGE_SIZES.counsellingSessions.default}) newest, not all ${SESSIONS}`, async () => {
    const data = ok(await suite.api.gql(SESSIONS_QUERY, { id: residentIds[0] }, manager()));
    const days = data.resident.counsellingSessions.map((s) => s.occurredOn);
    expect(days).toHaveLength(PAGE_SIZES.counsellingSessions.default);
    expect(days[0]).toBe('2025-03-02'); // 2025-01-01 + 60 days
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('cuts each parent’s page in SQL with a window function', async () => {
    const { result, statements } = await withStatements(suite.api, () => suite.api.gql(PAGES_IN_SQL, {}, manager()));
    const nodes = ok(result).residents.edges.map((e) => e.node);
    expect(nodes).toHaveLength(2);
    for (const node of nodes) {
      expect(node.goals.map((g) => g.title)).toEqual(['Goal 1', 'Goal 2']);
      expect(node.counsellingSessions).toHaveLength(3);
    }
    expect(statements.filter((s) => /row_number\(\) over \(partition by t\.resident_id/.test(s) && /from goal t/.test(s))).toHaveLength(1);
  });

  it.each([
    ['Resident.counsellingSessions', `query($id: ID!) { resident(id: $id) { counsellingSessions(first: ${PAGE_SIZES.counsellingSessions.max + 1}) { id } } }`],
    ['Resident.goals', 'query($id: ID!) { resident(id: $id) { goals(first: -1) { id } } }'],
    ['Resident.stays', `query($id: ID!) { resident(id: $id) { stays(first: ${PAGE_SIZES.stays.max + 1}) { id } } }`],
    ['Resident.relatives', `query($id: ID!) { resident(id: $id) { relatives(first: ${PAGE_SIZES.residentRelatives.max + 1}) { relationship } } }`],
    ['Resident.assessments', `query($id: ID!) { resident(id: $id) { assessments(first: ${PAGE_SIZES.assessments.max + 1}) { id } } }`],
    ['Goal.history', `query($id: ID!) { resident(id: $id) { goals { history(first: ${PAGE_SIZES.goalHistory.max + 1}) { id } } } }`],
  ])('%s refuses a page size out of range (BAD_USER_INPUT, fields.first)', async (_field, query) => {
    const result = await suite.api.gql(query, { id: residentIds[1] }, manager());
    const errors = result.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } }));
    }
  });

  it.each([
    ['Query.residences', `{ residences(first: ${PAGE_SIZES.residences.max + 1}) { id } }`],
    ['Residence.beds', `{ residences { beds(first: ${PAGE_SIZES.beds.max + 1}) { id } } }`],
  ])('%s refuses a page size out of range', async (_field, query) => {
    if (_field === 'Residence.beds') await createResidence(suite.api, suite.ta.MANAGER, { name: `Limits ${randomUUID()}`, capacity: 2 });
    const result = await suite.api.gql(query, undefined, manager());
    expect(result.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } }));
  });

  it('every list field of the served schema is paged by `first` (with a default) or bounded by construction', () => {
    const schema = suite.api.app.get(GraphQLSchemaHost).schema;
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const listed = isListType(getNullableType(field.type));
        const first = field.args.find((arg) => arg.name === 'first');
        if (first && first.defaultValue === undefined) unbounded.push(`${type.name}.${field.name}(first) has no default`);
        if (!listed || first || isLeafType(getNamedType(field.type))) continue;
        if (!(`${type.name}.${field.name}` in NATURAL_LIST_SIZES)) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});

it('reads the limits from QUERY_MAX_* (positive integers), keeping the defaults otherwise', () => {
  const { queryLimits } = loadConfig({ QUERY_MAX_COST: '5000', QUERY_MAX_DEPTH: '0', QUERY_MAX_ALIASES: 'many' });
  expect(queryLimits).toEqual({ ...DEFAULT_QUERY_LIMITS, maxCost: 5000 });
});
