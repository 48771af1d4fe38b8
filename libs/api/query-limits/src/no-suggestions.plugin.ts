import type { ApolloServerPlugin } from '@apollo/server';

const SUGGESTION = /\s*Did you mean[^?]*\?/g;

/**
 * Removes graphql-js's "Did you mean …?" hints from every error (validation, variable
 * coercion, execution), which would otherwise spell out the schema with introspection off.
 * Apollo's hideSchemaDetailsFromClientErrors covers validation errors only.
 */
export function noSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}
