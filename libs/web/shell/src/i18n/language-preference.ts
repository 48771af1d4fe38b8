import { isLanguage, type Language } from './languages';

const storageKey = 'bridgeway.language';

/** The language the person chose with the switcher, if any (storage may be unavailable). */
export function readLanguagePreference(): Language | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function saveLanguagePreference(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode or blocked storage: the choice lasts for this page only.
  }
}
