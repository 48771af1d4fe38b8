import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

const roles = [Role.MANAGER];

/** Managers' data protection page: erasure requests (GDPR art. 17), the retention period and the retention review. */
export const privacyDomain: WebDomain = {
  namespaces: ['privacy'],
  nav: { path: '/data-protection', label: { en: 'Data protection', nb: 'Personvern', sl: 'Varstvo podatkov' }, roles },
  routes: [{ path: '/data-protection', roles, page: () => import('./data-protection-page').then((m) => m.DataProtectionPage) }],
};
