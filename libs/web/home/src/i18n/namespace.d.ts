import type en from './en.json';

// This library's texts (namespace 'home'), for typed t() keys; see libs/web/shell/src/i18n/i18next.d.ts.
declare global {
  interface BridgewayNamespaces {
    home: typeof en;
  }
}
