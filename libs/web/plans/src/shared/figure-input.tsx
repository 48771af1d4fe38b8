import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A target, baseline or amount: no negative numbers, the decimal sign of the UI language. */
export function FigureInput(props: Omit<NumberInputProps, 'decimalSeparator' | 'allowNegative'>) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return <NumberInput hideControls allowNegative={false} clampBehavior="none" decimalSeparator={language === 'en' ? '.' : ','} {...props} />;
}
