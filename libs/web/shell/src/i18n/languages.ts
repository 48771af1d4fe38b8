export const supportedLanguages = ['en', 'nb', 'sl'] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = 'en';

/** Each language's name in that language, as the switcher shows it. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  sl: 'Slovenščina',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag such as `navigator.language` to a supported language: nb/no/nn → nb, sl → sl, else en. */
export function languageForTag(tag: string | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
  if (primary === 'sl') return 'sl';
  return fallbackLanguage;
}
