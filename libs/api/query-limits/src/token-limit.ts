import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions } from 'graphql';
import { QueryLimitReason } from './limit-error.js';

/**
 * The token cap is graphql-js's own `maxTokens` parse option: the parser stops at the
 * limit, so an oversized document is never fully parsed, and Apollo answers the syntax
 * error with HTTP 400. This plugin labels that error like the other limits.
 */
export function tokenLimitParseOptions(maxTokens: number): ParseOptions {
  return { maxTokens };
}

// graphql-js 16 spells it "more that N tokens"; accept the corrected wording too.
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens/;

export function tokenLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const match = TOKEN_LIMIT_MESSAGE.exec(error.message);
            if (match) Object.assign(error.extensions, { reason: QueryLimitReason.TOO_MANY_TOKENS, limit: Number(match[1]) });
          }
        },
      };
    },
  };
}
