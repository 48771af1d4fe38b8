import type { Role } from '@bridgeway/web-graphql';
import type { ComponentType } from 'react';
import type { Namespace } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

/** A page of a web domain. */
export interface WebRoute {
  /** Absolute, e.g. `/caseload` or `/residents/:residentId`; `/` is the welcome page of roles without a start page. */
  readonly path: string;
  /** Who may open it; anyone else sees "not available for your role". The API checks again. */
  readonly roles: readonly Role[];
  /** The page's code, loaded on the first visit (its own chunk) together with the domain's texts. */
  readonly page: () => Promise<ComponentType>;
}

/** A domain's entry in the main navigation. */
export interface WebNavEntry {
  readonly path: string;
  /** The menu text in each language: the menu is shown before any page's texts are loaded. */
  readonly label: Readonly<Record<Language, string>>;
  /** Who sees the entry. */
  readonly roles: readonly Role[];
  /** These roles land here after signing in (instead of the welcome page at `/`). */
  readonly startFor?: readonly Role[];
  /** A placeholder page: shown with a "Coming later" badge. */
  readonly comingLater?: boolean;
}

/**
 * What a web domain library brings to the app: its pages, its navigation entry and its texts.
 * Each domain library exports one; apps/web/src/web-domains.ts lists them (one line each).
 */
export interface WebDomain {
  /**
   * The namespaces its pages use, its own first (libs/web/<library>/src/i18n/<language>.json).
   * They are loaded with the page's code; `components` (problems, validation, vocabulary) always is.
   */
  readonly namespaces: readonly Namespace[];
  readonly routes: readonly WebRoute[];
  readonly nav?: WebNavEntry;
}
