import en from './locales/en.json' with { type: 'json' };
import nb from './locales/nb.json' with { type: 'json' };
import sl from './locales/sl.json' with { type: 'json' };
import type { Language } from './languages';

/** English is the reference: a key missing from another language fails the typecheck. */
export type Translation = typeof en;

export const resources: Record<Language, { translation: Translation }> = {
  en: { translation: en },
  nb: { translation: nb satisfies Translation },
  sl: { translation: sl satisfies Translation },
};
