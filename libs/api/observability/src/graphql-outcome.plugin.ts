import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';
import { countSignInFailure, errorsByCode } from './metrics.js';
import { recordOf } from './request-outcome.js';

/** Refusals of a sign-in attempt (not MFA_REQUIRED, the normal second step, nor an expired session). */
const SIGN_IN_FAILURES = new Set(['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'THROTTLED', 'MFA_CODE_INVALID']);

/** Hands the resolved operation name and the errors' codes to the access log and the metrics. */
export function graphqlOutcomePlugin(): ApolloServerPlugin<{ res?: Response }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          const codes = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'UNKNOWN')) : [];
          for (const code of codes) errorsByCode.inc({ code: /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER' });
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              const reason = error.extensions?.['reason'];
              if (error.extensions?.['code'] === 'UNAUTHENTICATED' && typeof reason === 'string' && SIGN_IN_FAILURES.has(reason)) countSignInFailure(reason);
            }
          }
          const record = contextValue.res ? recordOf(contextValue.res) : undefined;
          if (!record) return;
          record.operation = operationName ?? null;
          record.errorCodes = codes;
        },
      };
    },
  };
}
