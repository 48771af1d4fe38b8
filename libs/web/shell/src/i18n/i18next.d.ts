import type shell from './locales/en.json';

declare global {
  /**
   * Every translation namespace, for typed `t()` keys. `translation` is the shell's (bundled);
   * each library adds its own in its src/i18n/namespace.d.ts.
   */
  interface BridgewayNamespaces {
    translation: typeof shell;
  }
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // A key missing from a page's namespace is looked up in the shared texts, then the shell's.
    fallbackNS: ['components', 'translation'];
    resources: BridgewayNamespaces;
  }
}
