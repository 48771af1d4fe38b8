import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { formatGraphQLError, rejectUnstorableTextPlugin, serviceUnavailablePlugin } from '@bridgeway/api-common';
import { graphqlOutcomePlugin } from '@bridgeway/api-observability';
import { DEFAULT_QUERY_LIMITS, queryLimitOptions, type QueryLimits } from '@bridgeway/api-query-limits';

/**
 * Apollo settings: no introspection or stack traces in production, CSRF prevention on, and
 * the query limits (docs/api-limits.md) in every environment.
 */
export function graphqlOptions(production: boolean, limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloDriverConfig {
  const queryLimits = queryLimitOptions(limits, production);
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) => formatGraphQLError(formatted, production, error),
    // Nest would reset any execution error's HTTP status to 200; SERVICE_UNAVAILABLE must leave as
    // 503 (serviceUnavailablePlugin). No other error here sets an HTTP status during execution.
    preserveHttpStatusForExecutionErrors: false,
    // Cache control is Apollo's default plugin; no response here is cacheable (health data), and
    // its per-field hook cost CPU on every field (issue 8).
    plugins: [ApolloServerPluginCacheControlDisabled(), rejectUnstorableTextPlugin(), serviceUnavailablePlugin(), graphqlOutcomePlugin(), ...queryLimits.plugins],
    // Token cap while parsing; depth, alias, directive and root-field caps while validating;
    // the cost limit after the operation is resolved and before it executes.
    parseOptions: queryLimits.parseOptions,
    validationRules: queryLimits.validationRules,
    // Production: no "Did you mean …" in validation errors (queryLimits.plugins covers the others).
    hideSchemaDetailsFromClientErrors: queryLimits.hideSchemaDetailsFromClientErrors,
    // Field resolvers pass the global AccessGuard too: every field declares who may read it.
    fieldResolverEnhancers: ['guards'],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
