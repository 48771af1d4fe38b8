import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { DEFAULT_QUERY_LIMITS, queryFigures, queryLimitRules, type QueryFigures } from '@bridgeway/api-query-limits';

/**
 * Every operation of the web client (libs/web/**\/*.graphql, the documents its generated
 * hooks are built from) against the served schema with the server's limit rules: each must
 * pass and stay at most half of every limit, so normal pages never come near a refusal.
 * The figures are printed for docs/api-limits.md.
 */
const schema: GraphQLSchema = buildSchema(readFileSync(path.resolve('apps/api/schema.graphql'), 'utf8'));

/** Values the client really sends for page sizes (caseload-page.tsx: 200, resident-audit-page.tsx: 1000). */
const CLIENT_VARIABLES: Record<string, Record<string, unknown>> = {
  Caseload: { first: 200 },
  ResidentAuditTrail: { first: 1000 },
};

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'gql' ? [] : graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

const definitions: DefinitionNode[] = graphqlFiles(path.resolve('libs/web')).flatMap((file) => parse(readFileSync(file, 'utf8')).definitions);
const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The operation with the fragments it uses (transitively), as one document, as codegen sends it. */
function documentOf(operation: OperationDefinitionNode): DocumentNode {
  const used = new Set<string>();
  const visitSpreads = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        visitSpreads(fragments.get(spread.name.value)!);
      },
    });
  visitSpreads(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...[...used].map((name) => fragments.get(name)!)] };
}

/** A value of the type that coerces (for variables the client fills at run time). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  const named = getNamedType(type);
  if (isScalarType(named)) {
    return ({ Int: 1, Float: 1, Boolean: true, ID: '00000000-0000-4000-8000-000000000000', Date: '2026-01-01' } as Record<string, unknown>)[named.name] ?? 'x';
  }
  return null;
}

function variablesOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const given = CLIENT_VARIABLES[operation.name?.value ?? ''] ?? {};
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    values[name] = name in given ? given[name] : sample(getNullableType(typeFromAST(schema, definition.type as never)) as GraphQLInputType);
  }
  return values;
}

const HALF = {
  tokens: DEFAULT_QUERY_LIMITS.maxTokens / 2,
  depth: DEFAULT_QUERY_LIMITS.maxDepth / 2,
  aliases: DEFAULT_QUERY_LIMITS.maxAliases / 2,
  directives: DEFAULT_QUERY_LIMITS.maxDirectives / 2,
  rootFields: DEFAULT_QUERY_LIMITS.maxRootFields / 2,
  cost: DEFAULT_QUERY_LIMITS.maxCost / 2,
};

const figures: Record<string, QueryFigures> = {};

afterAll(() => {
  console.log(`Web client operations against the query limits (limit: ${JSON.stringify(DEFAULT_QUERY_LIMITS)}):\n` + Object.entries(figures).map(([name, f]) => `  ${name.padEnd(24)} ${JSON.stringify(f)}`).join('\n'));
});

it('finds the web client operations', () => {
  expect(operations.length).toBeGreaterThanOrEqual(15);
});

it.each(operations.map((o) => [o.name?.value ?? '(anonymous)', o] as const))('%s passes the limit rules and stays within half of every limit', (name, operation) => {
  const document = documentOf(operation);
  expect(validate(schema, document, [...specifiedRules, ...queryLimitRules(DEFAULT_QUERY_LIMITS)])).toEqual([]);
  const measured = queryFigures(schema, print(document), variablesOf(operation), operation.name?.value);
  figures[name] = measured;
  expect(measured.cost).toBeDefined();
  for (const [key, half] of Object.entries(HALF) as [keyof typeof HALF, number][]) {
    expect({ [key]: measured[key] }).toEqual({ [key]: expect.any(Number) });
    expect({ [key]: measured[key]! <= half }).toEqual({ [key]: true });
  }
});
