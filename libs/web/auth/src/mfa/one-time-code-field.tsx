import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface OneTimeCodeFieldProps {
  value: string;
  onChange(value: string): void;
  error?: string;
  /** A recovery code (letters and digits) instead of the app's 6 digits. */
  recovery?: boolean;
}

/** The code field: numeric keyboard and the browser's one-time-code autofill for the app's code. */
export function OneTimeCodeField({ value, onChange, error, recovery = false }: OneTimeCodeFieldProps) {
  const { t } = useTranslation('auth');
  return (
    <TextInput
      name={recovery ? 'recoveryCode' : 'oneTimeCode'}
      label={recovery ? t('mfa.recoveryCodeLabel') : t('mfa.codeLabel')}
      description={recovery ? t('mfa.recoveryCodeHint') : t('mfa.codeHint')}
      autoComplete={recovery ? 'off' : 'one-time-code'}
      inputMode={recovery ? 'text' : 'numeric'}
      spellCheck={false}
      maxLength={recovery ? 24 : 7}
      withAsterisk
      required
      data-autofocus
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

/** Six digits, optionally with one space in the middle (as many apps show them). */
export const looksLikeTotpCode = (code: string) => /^\d{3}\s?\d{3}$/.test(code.trim());
