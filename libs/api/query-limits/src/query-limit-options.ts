import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import { armorValidationRules } from './armor-rules.js';
import { costLimitPlugin } from './cost-limit.plugin.js';
import { noSuggestionsPlugin } from './no-suggestions.plugin.js';
import type { QueryLimits } from './query-limits.js';
import { maxRootFieldsRule } from './root-fields.rule.js';
import { tokenLimitParseOptions, tokenLimitPlugin } from './token-limit.js';

/** The validation rules of every limit checked on the document alone (depth, aliases, directives, root fields). */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [...armorValidationRules(limits), maxRootFieldsRule(limits.maxRootFields)];
}

/**
 * Apollo Server options enforcing the limits, the same in every environment. `production`
 * only adds hiding "Did you mean …" suggestions.
 */
export function queryLimitOptions(limits: QueryLimits, production: boolean): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  hideSchemaDetailsFromClientErrors: boolean;
} {
  return {
    parseOptions: tokenLimitParseOptions(limits.maxTokens),
    validationRules: queryLimitRules(limits),
    plugins: [tokenLimitPlugin(), costLimitPlugin(limits.maxCost), ...(production ? [noSuggestionsPlugin()] : [])],
    hideSchemaDetailsFromClientErrors: production,
  };
}
