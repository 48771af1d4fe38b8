import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readLanguagePreference, saveLanguagePreference } from './language-preference';
import { fallbackLanguage, languageForTag, supportedLanguages, type Language } from './languages';
import { shellTranslations } from './resources';

/** A library's namespace (libs/web/<library>/src/i18n/<language>.json); `translation` is the shell's. */
export type Namespace = keyof BridgewayNamespaces;

/** Loads one namespace in one language, e.g. by a dynamic import (apps/web/src/translations.ts). */
export type TranslationLoader = (language: Language, namespace: string) => Promise<object>;

export interface I18nOptions {
  /** Loads the libraries' namespaces when a page needs them; without it only `preloaded` ones exist. */
  load?: TranslationLoader;
  /** Namespaces to have from the start (component tests: every library's). */
  preloaded?: Partial<Record<Language, Record<string, object>>>;
}

/**
 * Creates the i18next instance: the saved choice wins, else the browser's
 * language on a first visit. Keeps `<html lang>` in step with the language.
 * The shell's texts are bundled; every other namespace comes from `load` the
 * first time a page needs it (the app loads a page's namespaces with its code).
 */
export function createI18n({ load, preloaded = {} }: I18nOptions = {}): I18n {
  const i18n = i18next.createInstance();
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  const resources: Resource = {};
  for (const language of supportedLanguages) {
    resources[language] = { ...preloaded[language], translation: shellTranslations[language] };
  }
  if (load) i18n.use(namespaceBackend(load));
  void i18n.use(initReactI18next).init({
    resources,
    partialBundledLanguages: true, // bundled resources plus the backend
    lng: readLanguagePreference() ?? languageForTag(navigator.language),
    fallbackLng: fallbackLanguage,
    supportedLngs: [...supportedLanguages],
    defaultNS: 'translation',
    fallbackNS: ['components', 'translation'],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return i18n;
}

/** An i18next backend over `load`. `read` takes two arguments, so i18next awaits the promise it returns. */
function namespaceBackend(load: TranslationLoader): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read: (language: string, namespace: string) => load(language as Language, namespace),
  };
}

/** Switches language and remembers the choice in this browser. */
export function chooseLanguage(i18n: I18n, language: Language): Promise<unknown> {
  saveLanguagePreference(language);
  return i18n.changeLanguage(language);
}
