import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

/** Case workers and group leaders; the API narrows what a group leader gets to the programmes they lead. */
const roles = [Role.MANAGER, Role.COUNSELLOR, Role.GROUP_LEADER];

/**
 * Groups, courses and meeting places with their meetings and attendance. A group leader's start
 * page (their next meetings, one tap from the phone-sized attendance screen). Pages load on demand.
 */
export const programmesDomain: WebDomain = {
  namespaces: ['programmes'],
  nav: {
    path: '/programmes',
    label: { en: 'Programmes', nb: 'Grupper og kurs', sl: 'Programi' },
    roles,
    startFor: [Role.GROUP_LEADER],
  },
  routes: [
    { path: '/programmes', roles, page: () => import('./list/programmes-page').then((m) => m.ProgrammesPage) },
    {
      path: '/programmes/:programmeId',
      roles,
      page: () => import('./programme/programme-page').then((m) => m.ProgrammePage),
    },
    {
      path: '/meetings/:meetingId/attendance',
      roles,
      page: () => import('./attendance/attendance-page').then((m) => m.AttendancePage),
    },
  ],
};
