import pg from 'pg';
import type { ArgumentsHost } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { GraphQLErrorFilter, formatGraphQLError } from '@bridgeway/api-common';
import { adminUrl } from '../support/orm.js';
import { caseFileSuite } from '../support/suites.js';
import { fingerprints, tenantTables, type SqlQuery } from '../support/fuzz.js';

const CREATE_RESIDENT = 'mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }';
const LEAK = /select|insert|resident|relation|column|uuid|\bat /i;

/**
 * What fuzzing found, pinned: text PostgreSQL cannot store (NUL, unpaired surrogates) is
 * BAD_USER_INPUT before any resolver runs, and driver errors never reach a client with SQL,
 * table names, values or a stack, in development too.
 */
describe('text the database cannot store', () => {
  const suite = caseFileSuite('fuzz-findings');
  let client: pg.Client;
  const query: SqlQuery = async (sql, params) => (await client.query(sql, params as unknown[])).rows;
  let tables: string[];
  const snapshot = async () => JSON.stringify(await fingerprints(query, tables, [suite.a.id]));

  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    tables = await tenantTables(query);
  });
  afterAll(() => client?.end());

  it.each([
    ['a NUL in a variable', CREATE_RESIDENT, { i: { firstName: 'Ana\u0000', lastName: 'Novak' } }, 'firstName'],
    ['a NUL in a nested list variable', 'mutation($i: CreateResidenceInput!) { createResidence(input: $i) { id } }', { i: { name: 'House', capacity: 1, rooms: [{ name: 'R\u0000', beds: 1 }] } }, 'rooms.0.name'],
    ['a NUL in an inline literal', 'mutation { createResident(input: { firstName: "Ana\\u0000", lastName: "Novak" }) { id } }', {}, 'firstName'],
    ['an unpaired surrogate in an e-mail', CREATE_RESIDENT, { i: { firstName: 'Ana', lastName: 'Novak', email: '\ud800@example.org' } }, 'email'],
    ['a NUL in a search argument', 'query($s: String) { residents(search: $s) { totalCount } }', { s: '\u0000' }, 's'],
  ])('refuses %s as BAD_USER_INPUT naming the field, and writes nothing', async (_label, operation, variables, field) => {
    for (const role of ['MANAGER', 'COUNSELLOR'] as const) {
      const before = await snapshot();
      const res = await suite.api.gql(operation, variables, { token: suite.ta[role] });
      expect(res.status).toBe(400);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(Object.keys(res.errors?.[0]?.extensions?.fields ?? {})).toEqual([field]);
      expect(await snapshot()).toBe(before);
    }
  });
});

describe('requests the client got wrong at the HTTP level', () => {
  const suite = caseFileSuite('fuzz-requests');
  const post = async (body: unknown) => {
    const res = await fetch(`${suite.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${suite.ta.MANAGER}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  it.each([
    ['an operationName the document does not have', { query: 'query A { me { id } }', operationName: 'B' }],
    ['two operations and no operationName', { query: 'query A { me { id } } query B { me { id } }' }],
    ['a persisted-query hash the server does not know', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }],
  ])('answers %s with BAD_USER_INPUT, not INTERNAL_SERVER_ERROR', async (_label, body) => {
    const res = await post(body);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('driver errors', () => {
  let client: pg.Client;
  /** A real error from PostgreSQL (no mocks): the query is refused by the server. */
  const driverError = async (sql: string): Promise<Error> => {
    try {
      await client.query(sql);
    } catch (error) {
      return error as Error;
    }
    throw new Error(`expected ${sql} to fail`);
  };
  // What Apollo hands formatError for a field resolver's failure (Nest's filters are not on that path).
  const fromFieldResolver = (error: Error): [GraphQLFormattedError, GraphQLError] => {
    const wrapped = new GraphQLError(error.message, { originalError: error, path: ['resident', 'stays'] });
    return [{ message: wrapped.message, path: wrapped.path, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: String(error.stack).split('\n') } }, wrapped];
  };
  const graphqlHost = { getType: () => 'graphql' } as unknown as ArgumentsHost;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
  });
  afterAll(() => client?.end());

  it.each([
    ['invalid text representation (22P02)', `select 'not-a-uuid'::uuid`],
    ['value too long (22001)', `create temp table if not exists short_text (v varchar(5)); insert into short_text values (repeat('x', 20))`],
    ['numeric out of range (22003)', 'select 2147483647::int + 1'],
    ['invalid datetime (22008)', 'select make_date(2026, 2, 30)'],
  ])('maps a data exception, %s, to a clean BAD_USER_INPUT on field resolvers and operations', async (_label, sql) => {
    const error = await driverError(sql);
    for (const production of [false, true]) {
      const [raw, original] = fromFieldResolver(error);
      const formatted = formatGraphQLError(raw, production, original);
      expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: {}, reason: 'DATA_EXCEPTION' });
      expect(formatted.path).toEqual(['resident', 'stays']);
      expect(`${formatted.message} ${JSON.stringify(formatted.extensions)}`).not.toMatch(LEAK);
    }
    const fromOperation = new GraphQLErrorFilter().catch(error, graphqlHost);
    expect(fromOperation.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: {}, reason: 'DATA_EXCEPTION' });
    expect(fromOperation.message).not.toMatch(LEAK);
  });

  it('answers any other driver error with the generic INTERNAL_SERVER_ERROR, without SQL or stack, in development too', async () => {
    const error = await driverError('select no_such_column from resident');
    for (const production of [false, true]) {
      const [formatted, original] = fromFieldResolver(error);
      expect(formatGraphQLError(formatted, production, original)).toEqual({ message: 'Internal server error', path: ['resident', 'stays'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    const fromOperation = new GraphQLErrorFilter().catch(error, graphqlHost);
    expect(fromOperation.message).toBe('Internal server error');
    expect(fromOperation.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
