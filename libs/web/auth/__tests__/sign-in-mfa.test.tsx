import axe from 'axe-core';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import en from '../src/i18n/en.json';
import sl from '../src/i18n/sl.json';
import type { SignInResult } from '../src/session/session-store';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { SessionProvider } from '../src/session/session-context';
import { SessionStore } from '../src/session/session-store';
import { SignInSteps } from '../src/sign-in/sign-in-steps';

/** jsdom has no Response: just what Apollo's HttpLink reads of one. */
function json(body: unknown): Response {
  const text = JSON.stringify(body);
  return { ok: true, status: 200, headers: new Headers({ 'content-type': 'application/json' }), text: async () => text, json: async () => JSON.parse(text) } as Response;
}

const user = { __typename: 'User', id: 'u1', email: 'manager@org.test', displayName: 'M', role: 'MANAGER', organisation: { __typename: 'Organisation', id: 'o1', name: 'O' } };
const session = { __typename: 'AuthPayload', accessToken: 'token', user };
const refused = (reason: string, extra: Record<string, unknown> = {}) => ({ errors: [{ message: reason, extensions: { code: 'UNAUTHENTICATED', reason, ...extra } }], data: null });

const enrolment = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/Bridgeway:m?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', qrCodeDataUrl: 'data:image/png;base64,iVBORw0KGgo=' };
const recoveryCodes = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-${String(i).padStart(4, '0')}`);

/** A stand-in API: the password is answered with a challenge (`challenge`), 123456 is the one right code. */
function stubApi(operations: string[], challenge: 'MFA_REQUIRED' | 'MFA_ENROLMENT_REQUIRED' = 'MFA_REQUIRED') {
  globalThis.fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as { operationName: string; variables: { input?: { code?: string } } };
    operations.push(operationName);
    if (operationName === 'RefreshSession') return json(refused('SESSION_EXPIRED'));
    if (operationName === 'SignIn') return json(refused(challenge, { mfaTicket: 'ticket-1', mfaTicketExpiresInSeconds: 300 }));
    if (operationName === 'VerifyMfaCode') return json(variables.input?.code === '123456' ? { data: { verifyMfaCode: session } } : refused('MFA_CODE_INVALID'));
    if (operationName === 'VerifyRecoveryCode') return json({ data: { verifyRecoveryCode: session } });
    if (operationName === 'StartRequiredMfaEnrolment') return json({ data: { startRequiredMfaEnrolment: { __typename: 'MfaEnrolment', ...enrolment } } });
    if (operationName === 'CompleteRequiredMfaEnrolment') {
      return json({ data: { completeRequiredMfaEnrolment: { __typename: 'MfaEnrolledSession', recoveryCodes, session } } });
    }
    throw new Error(`unexpected ${operationName}`);
  }) as typeof fetch;
}

/**
 * Theme-less Mantine and this library's own texts: web-testing's renderWithProviders would bring in
 * the shell, which imports this library (a cycle the module boundaries refuse).
 */
function renderWithTexts(ui: ReactElement, language: 'en' | 'sl' = 'en') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({ lng: language, fallbackLng: 'en', resources: { en: { auth: en }, sl: { auth: sl } }, interpolation: { escapeValue: false } });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">{ui}</MantineProvider>
    </I18nextProvider>,
  );
}

/** A callback that records its calls (the `jest` object is not a global under ESM). */
function spy<Args extends unknown[]>() {
  const calls: Args[] = [];
  return Object.assign((...args: Args) => void calls.push(args), { calls });
}

async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('sign-in with a second step', () => {
  const original = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = original;
  });

  it('asks for the code after the password, refuses a wrong one, signs in with the right one', async () => {
    const operations: string[] = [];
    stubApi(operations);
    const store = new SessionStore('/graphql');
    const signedIn = spy<[SignInResult]>();
    const { container } = renderWithTexts(
      <SessionProvider store={store}>
        <SignInSteps onSignedIn={signedIn} />
      </SessionProvider>,
    );
    const person = userEvent.setup();
    await person.type(screen.getByLabelText(/Email/), 'manager@org.test');
    await person.type(screen.getByLabelText(/Password/, { selector: 'input' }), 'secret');
    await person.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Two-step sign-in' })).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
    await person.type(screen.getByLabelText(/Authentication code/), '000000');
    await person.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Code not accepted');
    expect(signedIn.calls).toEqual([]);

    await person.type(screen.getByLabelText(/Authentication code/), '123 456');
    await person.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(signedIn.calls).toEqual([[{ switchedUser: false }]]));
    expect(store.getSnapshot()).toEqual({ status: 'signedIn', user });
    expect(operations.filter((name) => name !== 'RefreshSession')).toEqual(['SignIn', 'VerifyMfaCode', 'VerifyMfaCode']);
  });

  it('offers a recovery code instead', async () => {
    stubApi([]);
    const store = new SessionStore('/graphql');
    const signedIn = spy<[SignInResult]>();
    renderWithTexts(
      <SessionProvider store={store}>
        <SignInSteps onSignedIn={signedIn} />
      </SessionProvider>,
      'sl',
    );
    const person = userEvent.setup();
    await person.type(screen.getByLabelText(/E-pošta/), 'manager@org.test');
    await person.type(screen.getByLabelText(/Geslo/, { selector: 'input' }), 'secret');
    await person.click(screen.getByRole('button', { name: 'Prijavi se' }));
    await person.click(await screen.findByRole('button', { name: 'Uporabi obnovitveno kodo' }));
    await person.type(screen.getByLabelText(/Obnovitvena koda/), 'abcd-efgh-jkmn-pqrs');
    await person.click(screen.getByRole('button', { name: 'Potrdi' }));
    await waitFor(() => expect(signedIn.calls).toHaveLength(1));
  });

  it('sets up the authenticator when the organisation requires it, shows the recovery codes once, then signs in', async () => {
    const operations: string[] = [];
    stubApi(operations, 'MFA_ENROLMENT_REQUIRED');
    const store = new SessionStore('/graphql');
    const signedIn = spy<[SignInResult]>();
    const { container } = renderWithTexts(
      <SessionProvider store={store}>
        <SignInSteps onSignedIn={signedIn} />
      </SessionProvider>,
    );
    const person = userEvent.setup();
    await person.type(screen.getByLabelText(/Email/), 'manager@org.test');
    await person.type(screen.getByLabelText(/Password/, { selector: 'input' }), 'secret');
    await person.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Set up two-step sign-in' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'QR code to add Bridgeway to your authenticator app' })).toHaveAttribute('src', enrolment.qrCodeDataUrl);
    expect(screen.getByText(enrolment.secret)).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
    await person.type(screen.getByLabelText(/Authentication code/), '123456');
    await person.click(screen.getByRole('button', { name: 'Confirm and turn on' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(list.querySelectorAll('li')).toHaveLength(10);
    expect(store.getSnapshot().status).not.toBe('signedIn');
    expect(await seriousViolations(container)).toEqual([]);
    await person.click(screen.getByRole('button', { name: 'I have saved my recovery codes' }));
    await waitFor(() => expect(signedIn.calls).toEqual([[{ switchedUser: false }]]));
    expect(store.getSnapshot()).toEqual({ status: 'signedIn', user });
  });
});
