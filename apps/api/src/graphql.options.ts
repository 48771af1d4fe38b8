import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { formatGraphQLError } from '@bridgeway/api-common';

/** Apollo settings: no introspection or stack traces in production, CSRF prevention on. */
export function graphqlOptions(production: boolean): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted) => formatGraphQLError(formatted, production),
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
