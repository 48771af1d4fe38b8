import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { AcceptedCosts } from './cost-cache.js';
import { listCostEstimator } from './list-cost.estimator.js';
import { limitExceeded, QueryLimitReason } from './limit-error.js';

/** Fields (fragments expanded) the estimate walks at most; beyond it the query is refused as too costly. */
const MAX_QUERY_NODES = 10_000;

/**
 * The estimated cost of one operation with its variables, or undefined when the variables
 * do not coerce (execution then refuses them before any resolver runs).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number | undefined {
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return undefined;
  try {
    return getComplexity({ schema, query: document, variables, operationName: operation.name?.value, estimators: [listCostEstimator], maxQueryNodes: MAX_QUERY_NODES });
  } catch {
    // Only the node cap throws once the variables coerce: a fragment fan-out too large to even estimate.
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`. It runs in didResolveOperation,
 * after validation and before execution (the cost depends on the variables, which validation
 * does not see), so a refused query costs no database work.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  // Only accepted costs are remembered: a refused query is estimated again each time (the same answer, no shortcut).
  const accepted = new AcceptedCosts();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // no such operation: execution refuses it without running anything
          const variables = request.variables ?? {};
          if (accepted.has(operation, variables)) return;
          const cost = operationCost(schema, document, operation, variables);
          if (cost !== undefined && cost > maxCost) {
            throw limitExceeded(QueryLimitReason.QUERY_TOO_COSTLY, 'cost', maxCost, Number.isFinite(cost) ? cost : undefined);
          }
          if (cost !== undefined) accepted.add(operation, variables);
        },
      };
    },
  };
}
