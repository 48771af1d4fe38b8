import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { limitExceeded, QueryLimitReason } from './limit-error.js';
import type { QueryLimits } from './query-limits.js';

/** Armor's messages read "… limit of N exceeded, found M." (exposeLimits); M is the query's figure. */
function found(error: GraphQLError): number | undefined {
  const match = /found (\d+)/.exec(error.message);
  return match ? Number(match[1]) : undefined;
}

function reportAs(reason: QueryLimitReason, what: string, limit: number) {
  return {
    n: limit,
    exposeLimits: true,
    // Report our own error (code, reason, figures) instead of armor's bare "Syntax Error: …".
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitExceeded(reason, what, limit, found(error)))],
  };
}

/**
 * Depth, alias and directive caps as GraphQL Armor validation rules. Armor's cost limit is
 * off (graphql-query-complexity with list multipliers replaces it), and so are its token
 * limit (its Apollo plugin throws from parsingDidStart, which Apollo Server 5 answers with
 * HTTP 500; graphql-js's own `maxTokens` parse option does the same job, see tokenLimit)
 * and its field-suggestion masking (Apollo's hideSchemaDetailsFromClientErrors plus
 * noSuggestionsPlugin cover every error, not only "Did you mean \"…\"").
 */
export function armorValidationRules(limits: QueryLimits): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { ...reportAs(QueryLimitReason.QUERY_TOO_DEEP, 'depth', limits.maxDepth), ignoreIntrospection: true, flattenFragments: true },
    maxAliases: reportAs(QueryLimitReason.TOO_MANY_ALIASES, 'aliases', limits.maxAliases),
    maxDirectives: reportAs(QueryLimitReason.TOO_MANY_DIRECTIVES, 'directives', limits.maxDirectives),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules as ValidationRule[];
}
