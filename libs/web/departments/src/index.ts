import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

const roles = [Role.MANAGER];

/** The organisation's departments (units), managed by managers. Loaded on demand (own chunk, own texts). */
export const departmentsDomain: WebDomain = {
  namespaces: ['departments'],
  nav: { path: '/departments', label: { en: 'Departments', nb: 'Avdelinger', sl: 'Enote' }, roles },
  routes: [{ path: '/departments', roles, page: () => import('./departments-page').then((m) => m.DepartmentsPage) }],
};
