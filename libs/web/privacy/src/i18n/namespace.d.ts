import type en from './en.json';

// This library's texts (namespace 'privacy'), for typed t() keys; see libs/web/shell/src/i18n/i18next.d.ts.
declare global {
  interface BridgewayNamespaces {
    privacy: typeof en;
  }
}
