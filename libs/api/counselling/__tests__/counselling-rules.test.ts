import { latestToday } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { mayReadNotes } from '../src/session-notes-access.js';

/** The pure rules behind the counselling resolvers. */
describe('counselling rules', () => {
  const actor = (role: Role, userId = 'u-viewer') => ({ tenantId: 't', userId, role });

  it('lets the author, the key worker and managers read notes, nobody else', () => {
    const session = { counsellorId: 'u-author' };
    expect(mayReadNotes(actor(Role.COUNSELLOR, 'u-author'), session, 'u-kw')).toBe(true);
    expect(mayReadNotes(actor(Role.COUNSELLOR, 'u-kw'), session, 'u-kw')).toBe(true);
    expect(mayReadNotes(actor(Role.MANAGER), session, null)).toBe(true);
    expect(mayReadNotes(actor(Role.COUNSELLOR), session, 'u-kw')).toBe(false);
    expect(mayReadNotes(actor(Role.COUNSELLOR), session, null)).toBe(false);
    expect(mayReadNotes(actor(Role.GROUP_LEADER), session, undefined)).toBe(false);
  });


  it('treats as "today" the latest calendar day anywhere on earth (UTC+14)', () => {
    expect(latestToday(new Date('2026-03-10T09:59:59Z'))).toBe('2026-03-10');
    expect(latestToday(new Date('2026-03-10T10:00:00Z'))).toBe('2026-03-11');
  });
});
