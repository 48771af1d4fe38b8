import {
  CompleteRequiredMfaEnrolmentDocument,
  StartRequiredMfaEnrolmentDocument,
  VerifyMfaCodeDocument,
  VerifyRecoveryCodeDocument,
  sessionOperationContext,
  type MfaEnrolmentDetailsFragment,
} from '@bridgeway/web-graphql';
import type { SessionStore, SignInResult } from '../session/session-store';

/**
 * The second sign-in step, after `login` answered with a challenge (its ticket): like `login`
 * these run without a bearer token and without refresh-and-retry, and their answer starts the
 * session (the API sets the refresh cookie).
 */
export async function signInWithCode(store: SessionStore, ticket: string, code: string): Promise<SignInResult> {
  const { data } = await store.client.mutate({ mutation: VerifyMfaCodeDocument, variables: { input: { ticket, code } }, context: sessionOperationContext, fetchPolicy: 'no-cache' });
  if (!data) throw new Error('Sign-in returned no data');
  return store.acceptSignIn(data.verifyMfaCode);
}

export async function signInWithRecoveryCode(store: SessionStore, ticket: string, code: string): Promise<SignInResult> {
  const { data } = await store.client.mutate({ mutation: VerifyRecoveryCodeDocument, variables: { input: { ticket, code } }, context: sessionOperationContext, fetchPolicy: 'no-cache' });
  if (!data) throw new Error('Sign-in returned no data');
  return store.acceptSignIn(data.verifyRecoveryCode);
}

export async function startRequiredEnrolment(store: SessionStore, ticket: string): Promise<MfaEnrolmentDetailsFragment> {
  const { data } = await store.client.mutate({ mutation: StartRequiredMfaEnrolmentDocument, variables: { input: { ticket } }, context: sessionOperationContext, fetchPolicy: 'no-cache' });
  if (!data) throw new Error('Enrolment returned no data');
  return data.startRequiredMfaEnrolment;
}

/** Confirms the new authenticator; the session is started only once the recovery codes have been seen (`begin`). */
export async function completeRequiredEnrolment(store: SessionStore, ticket: string, code: string): Promise<{ recoveryCodes: string[]; begin: () => Promise<SignInResult> }> {
  const { data } = await store.client.mutate({ mutation: CompleteRequiredMfaEnrolmentDocument, variables: { input: { ticket, code } }, context: sessionOperationContext, fetchPolicy: 'no-cache' });
  if (!data) throw new Error('Enrolment returned no data');
  const { recoveryCodes, session } = data.completeRequiredMfaEnrolment;
  return { recoveryCodes, begin: () => store.acceptSignIn(session) };
}
