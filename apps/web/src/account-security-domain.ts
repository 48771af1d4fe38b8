import { ALL_ROLES } from '@bridgeway/shared-domain';
import { loadSecurityPage } from '@bridgeway/web-auth';
import type { WebDomain } from '@bridgeway/web-shell';

/**
 * Two-step sign-in for one's own account, every role. Declared here, not in web-auth: the shell
 * imports web-auth, so web-auth cannot name the shell's WebDomain type.
 */
export const accountSecurityDomain: WebDomain = {
  namespaces: ['auth'],
  nav: { path: '/account/security', label: { en: 'Two-step sign-in', nb: 'Totrinnsinnlogging', sl: 'Dvostopenjska prijava' }, roles: ALL_ROLES },
  routes: [{ path: '/account/security', roles: ALL_ROLES, page: loadSecurityPage }],
};
