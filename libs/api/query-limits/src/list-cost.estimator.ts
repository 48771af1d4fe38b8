import { getNullableType, isListType, type GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { NATURAL_LIST_SIZES, UNKNOWN_LIST_SIZE } from './list-sizes.js';
import { DEFAULT_PAGE_SIZE } from './page-size.js';

/**
 * How many times a field's selection runs: its `first` (the schema's default applies when
 * it is not given) for a paged field, the documented natural size for a bounded list, 1
 * otherwise.
 */
export function multiplierOf(parentType: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (field.args.some((arg) => arg.name === 'first')) {
    return typeof args.first === 'number' ? Math.max(args.first, 0) : DEFAULT_PAGE_SIZE;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  return NATURAL_LIST_SIZES[`${parentType}.${field.name}`] ?? UNKNOWN_LIST_SIZE;
}

/**
 * The one estimator for the whole schema: each field costs 1, and a list field multiplies
 * the cost of what is selected under it by its page size. Lists of scalars or enums
 * (domains, scores) select nothing under them and cost 1.
 */
export const listCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  1 + childComplexity * multiplierOf(type.name, field, args);
