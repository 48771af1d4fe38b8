/**
 * A chosen leader as one string, so staff and volunteers share a picker: `user:<userId>` for staff,
 * `member:<memberId>` for volunteers.
 */
export type LeaderKey = `user:${string}` | `member:${string}`;

export const userKey = (userId: string): LeaderKey => `user:${userId}`;
export const memberKey = (memberId: string): LeaderKey => `member:${memberId}`;

interface LeaderRef {
  userId?: string | null;
  memberId?: string | null;
}

/** The keys of a programme's current leaders (to prefill the picker). */
export function leaderKeysOf(leaders: readonly LeaderRef[]): LeaderKey[] {
  return leaders.flatMap((leader) =>
    leader.userId ? [userKey(leader.userId)] : leader.memberId ? [memberKey(leader.memberId)] : [],
  );
}

/** What the API takes: staff user ids and volunteer member ids. */
export function leaderIdsOf(keys: readonly string[]): { userIds: string[]; memberIds: string[] } {
  const idsWith = (prefix: string) =>
    keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  return { userIds: idsWith('user:'), memberIds: idsWith('member:') };
}
