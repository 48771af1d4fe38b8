import type { TranslationLoader } from '@bridgeway/web-shell';

/**
 * Every web library's texts: libs/web/<library>/src/i18n/<language>.json is namespace
 * <library>. Vite makes each file its own chunk, fetched the first time a page needs it;
 * a new library's texts need no line here. (The shell's texts are bundled, not listed.)
 */
const files = import.meta.glob<object>('../../../libs/web/*/src/i18n/*.json', { import: 'default' });

export const loadTranslation: TranslationLoader = (language, namespace) => {
  const load = files[`../../../libs/web/${namespace}/src/i18n/${language}.json`];
  return load ? load() : Promise.reject(new Error(`No texts for namespace "${namespace}" in "${language}"`));
};
