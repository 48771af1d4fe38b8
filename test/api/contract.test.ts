import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildSchema,
  findBreakingChanges,
  getNamedType,
  isInputObjectType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type BreakingChange,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { startApi, type TestApi } from '../support/api.js';

/**
 * The served schema against the minimum contract (docs/api/contract.graphql): no breaking
 * change except for what later issues will add, listed once in NOT_YET. The list may only
 * shrink: an entry that is already served fails the suite until it is removed.
 */
const CONTRACT = path.resolve('docs/api/contract.graphql');
const COMMITTED_SCHEMA = path.resolve('apps/api/schema.graphql');

/**
 * Root fields (`Query.x`, `Mutation.x`) and types of later issues, the types only they use, and
 * (as `Type.field`) fields of served types that belong to a later issue.
 */
const NOT_YET: string[] = [];

/**
 * The type (and field) a breaking change is about, from graphql-js's fixed wording.
 * Unrecognised wording yields undefined, so such a change is never excused.
 */
function subjectOf({ description: d }: BreakingChange): { type: string; field?: string } | undefined {
  const m =
    /^Standard scalar (\w+) was removed/.exec(d) ??
    /^A required (?:arg \w+ on|field \w+ on input type) (\w+)(?:\.(\w+))?/.exec(d) ??
    /was removed from (?:enum|union) type (\w+)\.$/.exec(d) ??
    /^(\w+) no longer implements/.exec(d) ??
    /^(\w+)\.(\w+) /.exec(d) ??
    /^(\w+) (?:was removed|changed from)/.exec(d);
  return m ? { type: m[1], field: m[2] } : undefined;
}

/** For each named type, the contract fields outside NOT_YET that use it (as field or argument type). */
function usesOutsideNotYet(contract: GraphQLSchema): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const type of Object.values(contract.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInputObjectType(type))) continue;
    const fields: (GraphQLField<unknown, unknown> | GraphQLInputField)[] = Object.values(type.getFields());
    for (const field of fields) {
      if (NOT_YET.includes(type.name) || NOT_YET.includes(`${type.name}.${field.name}`)) continue;
      for (const t of [field.type, ...('args' in field ? field.args.map((a) => a.type) : [])]) {
        const name = getNamedType(t).name;
        uses.set(name, [...(uses.get(name) ?? []), `${type.name}.${field.name}`]);
      }
    }
  }
  return uses;
}

/**
 * A change is excused when it is about a NOT_YET type or root field, or is a built-in
 * scalar (Int, Float) "removed" only because every contract field using it is NOT_YET.
 */
function excused(change: BreakingChange, uses: Map<string, string[]>): boolean {
  const s = subjectOf(change);
  if (!s) return false;
  if (NOT_YET.includes(s.type) || (s.field && NOT_YET.includes(`${s.type}.${s.field}`))) return true;
  return change.description.startsWith('Standard scalar') && !uses.has(s.type);
}

/** Whether a NOT_YET entry (type or `Type.field`) exists in the schema. */
function serves(schema: GraphQLSchema, entry: string): boolean {
  const [type, field] = entry.split('.');
  const named = schema.getType(type);
  if (!field) return Boolean(named);
  return Boolean(named && (isObjectType(named) || isInputObjectType(named)) && named.getFields()[field]);
}

describe('GraphQL contract', () => {
  let api: TestApi;
  let served: GraphQLSchema;
  const contract = buildSchema(readFileSync(CONTRACT, 'utf8'));

  beforeAll(async () => {
    api = await startApi();
    served = api.app.get(GraphQLSchemaHost).schema;
  });

  afterAll(() => api?.close());

  it('has no breaking change against the contract outside NOT_YET', () => {
    const uses = usesOutsideNotYet(contract);
    const changes = findBreakingChanges(contract, served);
    expect(changes.filter((c) => !excused(c, uses)).map((c) => c.description)).toEqual([]);
  });

  it('keeps NOT_YET honest: every entry is in the contract and none is served already', () => {
    expect(NOT_YET.filter((entry) => !serves(contract, entry))).toEqual([]);
    expect(NOT_YET.filter((entry) => serves(served, entry))).toEqual([]);
  });

  it('lists only types that nothing outside NOT_YET uses', () => {
    const uses = usesOutsideNotYet(contract);
    expect(NOT_YET.filter((entry) => uses.has(entry)).map((entry) => `${entry} is used by ${uses.get(entry)!.join(', ')}`)).toEqual([]);
  });

  it('matches the committed apps/api/schema.graphql (UPDATE_SCHEMA=1 rewrites it)', () => {
    const printed = `${printSchema(lexicographicSortSchema(served))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(COMMITTED_SCHEMA, printed);
    expect(readFileSync(COMMITTED_SCHEMA, 'utf8')).toBe(printed);
  });

  it('reports an unknown field as BAD_USER_INPUT (contract error codes)', async () => {
    const res = await api.gql('{ me { id noSuchField } }');
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toMatch(/noSuchField/);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports a syntax error as BAD_USER_INPUT too', async () => {
    const res = await api.gql('{ me { id ');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
