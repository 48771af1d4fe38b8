import pg from 'pg';

/** The role the API connects as: NOSUPERUSER, NOBYPASSRLS, owns nothing; grants come from migrations. */
export const APP_ROLE = 'bridgeway_app';

/** Idempotently creates (or resets the password of) the application role. Needs CREATEROLE. */
export async function ensureAppRole(adminUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const quoted = client.escapeLiteral(password);
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
    const verb = exists.rowCount ? 'alter' : 'create';
    await client.query(`${verb} role ${APP_ROLE} with login nosuperuser nobypassrls nocreatedb nocreaterole noinherit password ${quoted}`);
    const db = await client.query('select current_database() as name');
    await client.query(`grant connect on database ${client.escapeIdentifier(db.rows[0].name)} to ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}

/** The admin URL with the application role's credentials in place of the admin's. */
export function appUrlFrom(adminUrl: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}
