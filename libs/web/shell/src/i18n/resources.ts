import en from './locales/en.json' with { type: 'json' };
import nb from './locales/nb.json' with { type: 'json' };
import sl from './locales/sl.json' with { type: 'json' };
import type { Language } from './languages';

/** English is the reference: a key missing from another language fails the typecheck. */
export type ShellTranslation = typeof en;

/** The shell's own texts (frame, sign-out, errors of routes), bundled: the first page needs them. */
export const shellTranslations: Record<Language, ShellTranslation> = {
  en,
  nb: nb satisfies ShellTranslation,
  sl: sl satisfies ShellTranslation,
};
