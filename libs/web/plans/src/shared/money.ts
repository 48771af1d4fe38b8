import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from './locale';

/** An amount in its currency in the UI language ("NOK 500,000.00"); an unknown code is shown beside the number. */
export function useMoneyText(): (amount: number, currency: string) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(
    () => (amount, currency) => {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
      } catch {
        return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
      }
    },
    [locale],
  );
}
