import { Role } from '@bridgeway/shared-domain';
import { shellTranslations } from '../i18n/resources';
import type { WebDomain } from './web-domain';

const roles = [Role.CONSORTIUM_COORDINATOR];

/** The consortium view: a marked placeholder (the shell's texts) until its domain library exists. */
export const consortiumComingLater: WebDomain = {
  namespaces: [],
  nav: {
    path: '/consortium',
    label: {
      en: shellTranslations.en.nav.consortium,
      nb: shellTranslations.nb.nav.consortium,
      sl: shellTranslations.sl.nav.consortium,
    },
    roles,
    comingLater: true,
  },
  routes: [
    {
      path: '/consortium',
      roles,
      page: () => import('../pages/coming-later-page').then((m) => m.ConsortiumComingLaterPage),
    },
  ],
};
