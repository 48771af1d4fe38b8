import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, Lexer, Source, TokenKind, getOperationAST, parse, validate, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { operationCost } from './cost-limit.plugin.js';
import { rootFieldCount } from './root-fields.rule.js';

/** What the limits measure for one operation; the same code paths as the server's checks. */
export interface QueryFigures {
  tokens: number;
  depth: number;
  aliases: number;
  directives: number;
  rootFields: number;
  cost: number | undefined;
}

function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens++;
  return tokens;
}

/**
 * Measures an operation (for tests, the benchmark and docs/api-limits.md): armor's own
 * counters with limits too high to refuse anything, the root-field count and the cost
 * estimate. The document must be valid against the schema.
 */
export function queryFigures(schema: GraphQLSchema, source: string, variables: Record<string, unknown> = {}, operationName?: string): QueryFigures {
  const figures: Partial<QueryFigures> = {};
  const accept = (key: 'depth' | 'aliases' | 'directives') => ({
    n: Number.MAX_SAFE_INTEGER,
    onAccept: [(_ctx: unknown, details: { n: number }) => (figures[key] = Math.max(figures[key] ?? 0, details.n))],
  });
  const armor = new ApolloArmor({
    maxDepth: { ...accept('depth'), flattenFragments: true },
    maxAliases: accept('aliases'),
    maxDirectives: accept('directives'),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const document = parse(source);
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error(`No operation ${operationName ?? ''} in the document`);
  validate(schema, document, armor.protect().validationRules);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const rootFields = rootFieldCount(operation, (name) => fragments.get(name));
  return {
    tokens: countTokens(source),
    depth: figures.depth ?? 0,
    aliases: figures.aliases ?? 0,
    directives: figures.directives ?? 0,
    rootFields,
    cost: operationCost(schema, document, operation, variables),
  };
}
