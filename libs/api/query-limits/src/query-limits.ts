/**
 * Limits every GraphQL request must stay within before anything executes. Values and
 * the reasons for them: docs/api-limits.md. The web client's heaviest page is tested
 * to stay under half of each (test/api/web-operations.test.ts).
 */
export interface QueryLimits {
  /** Nesting of selection sets (fragments counted where they are spread). */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Directives (`@include`, `@skip`, …) in one document. */
  maxDirectives: number;
  /** Lexical tokens of the query text; parsing stops past it. */
  maxTokens: number;
  /** Estimated cost (1 per field, list fields multiply by their page size). */
  maxCost: number;
  /** Top-level fields of the operation (after expanding fragments). */
  maxRootFields: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 150_000,
  maxRootFields: 10,
});

const ENV: Record<keyof QueryLimits, string> = {
  maxDepth: 'QUERY_MAX_DEPTH',
  maxAliases: 'QUERY_MAX_ALIASES',
  maxDirectives: 'QUERY_MAX_DIRECTIVES',
  maxTokens: 'QUERY_MAX_TOKENS',
  maxCost: 'QUERY_MAX_COST',
  maxRootFields: 'QUERY_MAX_ROOT_FIELDS',
};

/** The limits with any `QUERY_MAX_*` overrides (positive integers; anything else keeps the default). */
export function queryLimitsFromEnv(env: Record<string, string | undefined>): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const [key, name] of Object.entries(ENV) as [keyof QueryLimits, string][]) {
    const value = env[name];
    if (value && /^[1-9]\d*$/.test(value)) limits[key] = Number(value);
  }
  return limits;
}
