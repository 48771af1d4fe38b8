import { GraphQLError } from 'graphql';

/** A GraphQL error as the Bridgeway API sends it: `extensions.code` plus details. */
export function apiError(code: string, extensions: Record<string, unknown> = {}, message = code): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}
