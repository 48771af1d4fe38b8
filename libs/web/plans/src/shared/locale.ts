/** The Intl locale of a UI language, as the shared formatters use (British English: day before month). */
export function intlLocale(language: string): string {
  const locales: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', sl: 'sl-SI' };
  return locales[language] ?? language;
}
