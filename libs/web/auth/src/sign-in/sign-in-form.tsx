import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../session/session-context';
import type { SignInResult } from '../session/session-store';
import { looksLikeEmailAddress } from './email-address';
import { SignInProblemAlert } from './sign-in-problem-alert';
import { signInProblemFrom, type SignInProblem } from './sign-in-problem';

/** What `login` answers when the password was right but a second factor is needed. */
export type SignInChallenge = Extract<SignInProblem, { kind: 'mfaRequired' | 'mfaEnrolmentRequired' }>;

type FieldErrors = { email?: string; password?: string };

interface SignInFormProps {
  initialEmail?: string;
  onSignedIn(result: SignInResult): void;
  /** The password was right; the second step (a code, or setting one up) comes next. */
  onChallenge?(challenge: SignInChallenge): void;
}

export function SignInForm({ initialEmail = '', onSignedIn, onChallenge }: SignInFormProps) {
  const { t } = useTranslation('auth');
  const session = useSessionStore();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    const trimmed = email.trim();
    if (!trimmed) errors.email = t('validation.emailRequired');
    else if (!looksLikeEmailAddress(trimmed)) errors.email = t('validation.emailInvalid');
    if (!password) errors.password = t('validation.passwordRequired');
    return errors;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    setProblem(null);
    if (errors.email || errors.password) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setSubmitting(true);
    try {
      onSignedIn(await session.signIn(email.trim(), password));
    } catch (error) {
      const found = signInProblemFrom(error);
      if ((found.kind === 'mfaRequired' || found.kind === 'mfaEnrolmentRequired') && onChallenge) {
        onChallenge(found);
        return;
      }
      setProblem(found);
      if (found.kind === 'invalidInput') {
        const fieldInvalid = t('validation.fieldInvalid');
        setFieldErrors({
          email: 'email' in found.fields ? fieldInvalid : undefined,
          password: 'password' in found.fields ? fieldInvalid : undefined,
        });
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={submitting}>
      <Stack gap="md">
        {problem && <SignInProblemAlert problem={problem} />}
        <TextInput
          name="email"
          type="email"
          label={t('email')}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          withAsterisk
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <PasswordInput
          name="password"
          label={t('password')}
          autoComplete="current-password"
          withAsterisk
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
          // The toggle reports its state with aria-pressed, so its name stays the same.
          visibilityToggleButtonProps={{ tabIndex: 0, 'aria-label': t('showPassword') }}
        />
        <Button type="submit" loading={submitting} fullWidth>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement): void {
  // Mantine renders aria-invalid on the next render; focus the first empty/invalid field by order.
  requestAnimationFrame(() => form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
}
