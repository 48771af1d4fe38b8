// Property-based fuzzing of the served GraphQL schema, shared by test/api/fuzz.test.ts (a few
// hundred cases in CI) and bench/fuzz-api.mjs (thousands). Imports only fast-check and graphql
// (no relative imports): Node runs this file directly by stripping its types.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export type FuzzRole = 'MANAGER' | 'COUNSELLOR';

/** Ids that exist, by table: in the signed-in users' tenant (`own`) and in another tenant (`foreign`). */
export interface IdPools {
  own: Record<string, string[]>;
  foreign: Record<string, string[]>;
}

export interface FuzzTarget {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export interface FuzzCase {
  target: string;
  role: FuzzRole;
  inline: boolean;
  query: string;
  variables: Record<string, unknown>;
}

/** A case that broke a rule, with what came back. */
export interface FuzzFailure {
  case: FuzzCase;
  status: number;
  problems: string[];
  body: unknown;
}

/** Runs SQL (with $n parameters) as a role that sees every tenant's rows. */
export type SqlQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const CONTRACT_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);
/** What must never reach a client: SQL, table or constraint names, stack frames. */
const LEAK = /\b(select|insert into|update|delete from)\b.*\b(from|set|where|values)\b|violates|relation "|column "|constraint "|\bat .+\.(js|ts):\d+/is;

// ---- Values ---------------------------------------------------------------------------------

const HUGE = 'x'.repeat(100_000);
const NASTY_STRINGS = [
  '',
  ' ',
  '   \t\n',
  HUGE,
  '\u0000',
  'a\u0000b',
  '\u0001\u0007\u0008\u001b[31m\u007f',
  '\r\n\u2028\u2029',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  '\u202eevil\u202c',
  'مرحبا بالعالم',
  'e\u0301\u0301\u0301\u0301',
  '\ufeffbom',
  '\ud800',
  "'; drop table resident; --",
  '%s%n%x',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  'NaN',
  'null',
  'Ana',
  'Novak',
];
const IMPOSSIBLE_DATES = ['2026-02-30', '0000-00-00', '99999-01-01', '2026-13-01', '2026-00-10', '2025-02-29', '-0001-01-01', '2026-1-1', '20260101', '2026-01-01T25:00:00Z', 'today'];
const EDGE_NUMBERS = [0, -1, 1, 2, 50, 600, 601, 2147483647, -2147483648, 2147483648, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 1.5, -0.0001];
const EXTRA_KEYS = ['extra', 'tenantId', 'id', 'version', 'constructor', '__proto__'];

const strings = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  );

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const dates = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES) },
    { weight: 3, arbitrary: fc.date({ noInvalidDate: true, min: new Date('2020-01-01'), max: new Date('2026-06-30') }).map(isoDay) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true, min: new Date('0001-01-01'), max: new Date('9999-12-31') }).map(isoDay) },
  );

const ints = (): fc.Arbitrary<number> =>
  fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...EDGE_NUMBERS) }, { weight: 2, arbitrary: fc.integer({ min: -5, max: 300 }) }, { weight: 1, arbitrary: fc.integer() });

const all = (byTable: Record<string, string[]>) => Object.values(byTable).flat();

/** The table an id argument or field most likely points into (`residentId` → resident, `keyWorkerId` → user_account). */
function tableOf(name: string, pools: IdPools): string | undefined {
  if (/^(counsellor|keyWorker|author|user)Id$/.test(name)) return 'user_account';
  const snake = name.replace(/Id$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return pools.own[snake]?.length ? snake : undefined;
}

const ids = (pools: IdPools, name = ''): fc.Arbitrary<unknown> => {
  const table = tableOf(name, pools);
  const own = table ? pools.own[table] : all(pools.own);
  const foreign = table && pools.foreign[table]?.length ? pools.foreign[table] : all(pools.foreign);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.constantFrom(...all(pools.own)) },
    { weight: 3, arbitrary: fc.constantFrom(...foreign) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', "1' or '1'='1", `${own[0]}\u0000`, 12345) },
  );
};

/** Well-formed values, so that cases get past validation into the services (and the database). */
function saneScalar(scalar: string, name: string, pools: IdPools): fc.Arbitrary<unknown> {
  if (scalar === 'ID') {
    const table = tableOf(name, pools);
    return fc.constantFrom(...(table ? pools.own[table] : all(pools.own)));
  }
  if (scalar === 'Int' || scalar === 'Float') return /progress/i.test(name) ? fc.integer({ min: 0, max: 100 }) : fc.integer({ min: 1, max: 60 });
  if (scalar === 'Boolean') return fc.boolean();
  if (scalar === 'Date') return fc.date({ noInvalidDate: true, min: new Date('2025-01-01'), max: new Date('2026-06-30') }).map(isoDay);
  if (scalar === 'DateTime') return fc.date({ noInvalidDate: true, min: new Date('2025-01-01'), max: new Date('2026-06-30') }).map((d) => d.toISOString());
  if (/email/i.test(name)) return fc.constantFrom('ana.novak@example.org', 'x@y.si');
  if (/phone/i.test(name)) return fc.constantFrom('+386 40 123 456', '040123456');
  if (/search/i.test(name)) return fc.constantFrom('ana', 'nov', 'a');
  return fc.constantFrom('Ana', 'Novak', 'Room 1', 'A short note.', 'Hišni red, ščž');
}

/** A value of any JSON kind: wrong types for whatever was expected. */
const wrongType = (): fc.Arbitrary<unknown> =>
  fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant('NaN'), fc.constant('Infinity'), fc.constant({}), fc.constant([]), fc.constant({ a: 1 }), fc.constant([1, 'a', null]));

function scalarValues(scalar: string, name: string, pools: IdPools): fc.Arbitrary<unknown> {
  switch (scalar) {
    case 'ID':
      return ids(pools, name);
    case 'Int':
      return ints();
    case 'Float':
      return fc.oneof(ints(), fc.double({ noNaN: true }));
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return dates();
    case 'DateTime':
      return fc.oneof(dates(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
    default:
      return strings();
  }
}

/** How values are drawn: hostile (anything goes) or sane (well-formed, with an occasional hostile leaf). */
interface Draw {
  pools: IdPools;
  depth: number;
  sane: boolean;
  /** The argument or input field the value is for (picks ids of the right table, e-mails for `email`). */
  name: string;
}

/** Values for one input type: plausible, null, missing, the wrong type, or with extra fields. */
function valuesFor(type: GraphQLInputType, draw: Draw): fc.Arbitrary<unknown> {
  const { pools, depth, sane, name } = draw;
  const deeper = (t: GraphQLInputType, fieldName = name) => valuesFor(t, { ...draw, depth: depth + 1, name: fieldName });
  if (isNonNullType(type)) {
    const inner = valuesFor(type.ofType, draw);
    return sane ? inner : fc.oneof({ weight: 14, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const wrong = { weight: 1, arbitrary: wrongType() };
  if (isListType(type)) {
    const item = deeper(type.ofType as GraphQLInputType);
    if (sane) return fc.array(item, { minLength: 1, maxLength: 3 });
    return fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: depth > 1 ? 2 : 4 }) }, { weight: 1, arbitrary: item }, wrong);
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const record = fc.record(
      Object.fromEntries(
        fields.map((f) => {
          const value = deeper(f.type, f.name);
          // Sane: required fields always, optional ones half the time. Hostile: any field may be missing.
          if (sane) return [f.name, isNonNullType(f.type) ? value : fc.option(value, { freq: 1, nil: undefined })];
          return [f.name, fc.option(value, { freq: 8, nil: undefined })];
        }),
      ),
    );
    const extra = sane ? fc.constant(null) : fc.option(fc.tuple(fc.constantFrom(...EXTRA_KEYS), fc.oneof(strings(), ids(pools))), { freq: 6 });
    const object = fc.tuple(record, extra).map(([values, added]) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
      if (added) Object.defineProperty(out, added[0], { value: added[1], enumerable: true, configurable: true, writable: true });
      return out;
    });
    return sane ? object : fc.oneof({ weight: 10, arbitrary: object }, wrong);
  }
  // A leaf. Sane mode turns one leaf in twelve hostile: one bad value among good ones reaches furthest.
  const hostileLeaf = isEnumType(type)
    ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constantFrom('UNKNOWN', 'manager', '') }, wrong)
    : fc.oneof({ weight: 10, arbitrary: scalarValues(getNamedType(type).name, name, pools) }, wrong);
  if (!sane) return hostileLeaf;
  const saneLeaf = isEnumType(type) ? fc.constantFrom(...type.getValues().map((v) => v.name)) : saneScalar(getNamedType(type).name, name, pools);
  return fc.oneof({ weight: 11, arbitrary: saneLeaf }, { weight: 1, arbitrary: hostileLeaf });
}

// ---- Operations -----------------------------------------------------------------------------

/** Every Query and Mutation field that takes arguments. */
export function fuzzTargets(schema: GraphQLSchema): FuzzTarget[] {
  const targets: FuzzTarget[] = [];
  for (const [operation, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) if (field.args.length) targets.push({ operation, field });
  }
  return targets;
}

/** A GraphQL literal for a JSON value (enum values bare where the type is an enum). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(unwrapNonNull(type)) ? ((unwrapNonNull(type) as { ofType: GraphQLInputType }).ofType) : type)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value)
      .map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'invalid_key'}: ${literal(v, fields[k]?.type ?? named)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) && !['true', 'false', 'null'].includes(value) ? value : JSON.stringify(value);
  return String(value);
}

function unwrapNonNull(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? (type.ofType as GraphQLInputType) : type;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) || isInterfaceType(named)) return named.getFields().id ? ' { __typename id }' : ' { __typename }';
  return isUnionType(named) ? ' { __typename }' : '';
}

/** The operation text and variables of one case; `inline` writes every argument as a literal. */
export function operationFor(target: FuzzTarget, values: Record<string, unknown>, inline: boolean): { query: string; variables: Record<string, unknown> } {
  const { field, operation } = target;
  const present = field.args.filter((a: GraphQLArgument) => values[a.name] !== undefined);
  const selection = selectionFor(field);
  if (inline) {
    const args = present.map((a) => `${a.name}: ${literal(values[a.name], a.type)}`).join(', ');
    return { query: `${operation} Fuzz { ${field.name}${args ? `(${args})` : ''}${selection} }`, variables: {} };
  }
  // Every argument is declared; omitted ones are simply not sent (missing required variables).
  const declarations = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables = Object.fromEntries(present.map((a) => [a.name, values[a.name]]));
  return { query: `${operation} Fuzz(${declarations}) { ${field.name}(${args})${selection} }`, variables };
}

/** Cases for one target: argument values, who sends them, and as variables or inline. */
export function casesFor(target: FuzzTarget, pools: IdPools): fc.Arbitrary<FuzzCase> {
  const argsOf = (sane: boolean) =>
    fc.record(
      Object.fromEntries(
        target.field.args.map((a) => {
          // `resident(id:)`, `closeResidence(id:)`: the field names the table an `id` points into.
          const entity = target.field.name.replace(/^(close|reopen|update|retire)/, '');
          const name = a.name === 'id' ? `${entity.charAt(0).toLowerCase()}${entity.slice(1)}Id` : a.name;
          const value = valuesFor(a.type, { pools, depth: 0, sane, name });
          return [a.name, sane && isNonNullType(a.type) ? value : fc.option(value, { freq: sane ? 2 : 10, nil: undefined })];
        }),
      ),
    );
  // Half the cases well-formed (with the odd hostile leaf), half hostile throughout.
  const args = fc.oneof(argsOf(true), argsOf(false));
  return fc.tuple(args, fc.constantFrom<FuzzRole>('MANAGER', 'COUNSELLOR'), fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })).map(([values, role, inline]) => ({
    target: `${target.operation} ${target.field.name}`,
    role,
    inline,
    ...operationFor(target, values, inline),
  }));
}

// ---- Checks ---------------------------------------------------------------------------------

/** Rule breaks in one response: a 5xx, an error without a contract code (or INTERNAL_SERVER_ERROR), a leak. */
export function problemsOf(status: number, body: unknown): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  // The JSON body parser's size limit answers 413 before GraphQL sees the request: a refusal.
  if (status === 413) return problems;
  if (!body || typeof body !== 'object') return [...problems, `HTTP ${status} without a GraphQL body`];
  const { data, errors } = body as { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  if (!errors?.length && (data === undefined || data === null)) problems.push('neither data nor errors');
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (!code || !CONTRACT_CODES.has(code)) problems.push(`error code ${String(code)}: ${String(error.message).slice(0, 200)}`);
    if (LEAK.test(String(error.message))) problems.push(`leaks internals: ${String(error.message).slice(0, 200)}`);
  }
  return problems;
}

// ---- Database -------------------------------------------------------------------------------

/** Tables with a tenant_id column: everything a tenant owns. */
export async function tenantTables(query: SqlQuery): Promise<string[]> {
  const rows = await query(`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by 1`);
  return rows.map((r) => String(r.table_name));
}

/**
 * A fingerprint of everything the given tenants own, by tenant and table: the row count and the
 * newest row version's transaction id (xmin), so any insert, update or delete changes it.
 * Audit READ rows are left out (successful reads write them).
 */
export async function fingerprints(query: SqlQuery, tables: string[], tenantIds: string[]): Promise<Record<string, Record<string, string>>> {
  const parts = tables.map(
    (t) =>
      `select '${t}' as t, tenant_id::text as tenant, count(*) || ':' || max(xmin::text::bigint) as f from "${t}" where tenant_id = any($1::uuid[])${t === 'audit_event' ? ` and action <> 'READ'` : ''} group by tenant_id`,
  );
  const rows = await query(parts.join(' union all '), [tenantIds]);
  const out: Record<string, Record<string, string>> = Object.fromEntries(tenantIds.map((id) => [id, Object.fromEntries(tables.map((t) => [t, '0']))]));
  for (const r of rows) out[String(r.tenant)][String(r.t)] = String(r.f);
  return out;
}

/** Ids of existing rows of a tenant, by table (a few of each table that has an id column). */
export async function idsOf(query: SqlQuery, tables: string[], tenantId: string, perTable = 3): Promise<Record<string, string[]>> {
  const withId = await query(`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and table_name = any($1)`, [tables]);
  const ids: Record<string, string[]> = {};
  for (const { table_name } of withId) {
    const rows = await query(`select id::text as id from "${String(table_name)}" where tenant_id = $1 order by id limit ${perTable}`, [tenantId]);
    if (rows.length) ids[String(table_name)] = rows.map((r) => String(r.id));
  }
  return ids;
}

// ---- Runner ---------------------------------------------------------------------------------

export interface FuzzRun {
  url: string;
  schema: GraphQLSchema;
  tokens: Record<FuzzRole, string>;
  pools: IdPools;
  query: SqlQuery;
  tenantId: string;
  foreignTenantId: string;
  /** Cases per target field. */
  perTarget: number;
  seed: number;
}

export interface FuzzReport {
  cases: number;
  rejected: number;
  /** Cases the database refused as a data exception (mapped to BAD_USER_INPUT): validation the service lacks. */
  dataExceptions: FuzzCase[];
  failures: FuzzFailure[];
  statuses: Record<number, number>;
  ms: number;
}

/**
 * Sends every case, one at a time, and checks each answer and the database after it: the
 * signed-in tenant unchanged when the answer has errors, the other tenant never changed.
 */
export async function runFuzz(run: FuzzRun, onProgress?: (done: number) => void): Promise<FuzzReport> {
  const tables = await tenantTables(run.query);
  const started = performance.now();
  const report: FuzzReport = { cases: 0, rejected: 0, dataExceptions: [], failures: [], statuses: {}, ms: 0 };
  const both = () => fingerprints(run.query, tables, [run.tenantId, run.foreignTenantId]);
  const before = await both();
  let own = before[run.tenantId];
  const foreign = JSON.stringify(before[run.foreignTenantId]);
  const targets = fuzzTargets(run.schema);
  for (const [index, target] of targets.entries()) {
    for (const c of fc.sample(casesFor(target, run.pools), { numRuns: run.perTarget, seed: run.seed + index })) {
      const res = await fetch(`${run.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${run.tokens[c.role]}` },
        body: JSON.stringify({ query: c.query, variables: c.variables }),
      });
      const text = await res.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text.slice(0, 300);
      }
      const problems = problemsOf(res.status, body);
      const errored = res.status >= 400 || Boolean((body as { errors?: unknown[] })?.errors?.length);
      const now = await both();
      const after = now[run.tenantId];
      if (errored) {
        report.rejected++;
        const changed = Object.keys(after).filter((t) => after[t] !== own[t]);
        if (changed.length) problems.push(`wrote on a rejection: ${changed.join(', ')}`);
      }
      own = after;
      if (JSON.stringify(now[run.foreignTenantId]) !== foreign) problems.push("changed another tenant's rows");
      report.cases++;
      if ((body as { errors?: { extensions?: { reason?: string } }[] })?.errors?.some((e) => e.extensions?.reason === 'DATA_EXCEPTION')) report.dataExceptions.push(c);
      report.statuses[res.status] = (report.statuses[res.status] ?? 0) + 1;
      if (problems.length) report.failures.push({ case: c, status: res.status, problems, body });
      onProgress?.(report.cases);
    }
  }
  report.ms = performance.now() - started;
  return report;
}

/** A failure in a few readable lines (huge values shortened). */
export function describeFailure(f: FuzzFailure): string {
  const short = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'string' && x.length > 80 ? `${x.slice(0, 40)}…(${x.length} chars)` : x));
  return `${f.case.target} as ${f.case.role}${f.case.inline ? ' (inline)' : ''}: ${f.problems.join('; ')}\n  query: ${short(f.case.query)}\n  variables: ${short(f.case.variables)}\n  answer: HTTP ${f.status} ${short(f.body).slice(0, 400)}`;
}
