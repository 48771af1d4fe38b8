import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readLanguagePreference, saveLanguagePreference } from './language-preference';
import { fallbackLanguage, languageForTag, supportedLanguages, type Language } from './languages';
import { resources } from './resources';

/**
 * Creates the i18next instance: the saved choice wins, else the browser's
 * language on a first visit. Keeps `<html lang>` in step with the language.
 */
export function createI18n(): I18n {
  const i18n = i18next.createInstance();
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18n.use(initReactI18next).init({
    resources,
    lng: readLanguagePreference() ?? languageForTag(navigator.language),
    fallbackLng: fallbackLanguage,
    supportedLngs: [...supportedLanguages],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return i18n;
}

/** Switches language and remembers the choice in this browser. */
export function chooseLanguage(i18n: I18n, language: Language): Promise<unknown> {
  saveLanguagePreference(language);
  return i18n.changeLanguage(language);
}
