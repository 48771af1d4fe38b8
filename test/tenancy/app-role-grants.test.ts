import pg from 'pg';
import { APP_ROLE, type AppRoleColumnPrivilege, type AppRolePrivilege } from '@bridgeway/api-database';
import { API_SCHEMA } from '@bridgeway/api-registry';
import { adminUrl } from '../support/orm.js';

type Declared = ReadonlyMap<string, { library: string; privileges: readonly AppRolePrivilege[] }>;
type DeclaredColumns = ReadonlyMap<string, { library: string; columns: Readonly<Partial<Record<AppRoleColumnPrivilege, readonly string[]>>> }>;

/** Privileges that may be granted on columns too: has_any_column_privilege sees both levels. */
const COLUMN_PRIVILEGES = new Set(['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']);

/** A privilege held on some columns only, as the problems list it: `UPDATE (a, b)`. */
const onColumns = (privilege: string, columns: readonly string[]) => `${privilege} (${[...columns].sort().join(', ')})`;

/**
 * Everything wrong with the application role's access to the tables, views and sequences of
 * `public` (but the migrations table), against the libraries' appRoleGrants and
 * appRoleColumnGrants: a relation no library declares, a declared table that does not exist,
 * privileges missing or extra (on the table, or on columns: exactly the declared columns; direct
 * or through PUBLIC), anything the role owns, and a table with tenant_id whose row security is
 * not enabled and forced.
 */
async function appRoleProblems(client: pg.ClientBase, declared: Declared, declaredColumns: DeclaredColumns = API_SCHEMA.appRoleColumnGrants): Promise<string[]> {
  const [{ version }] = (await client.query<{ version: number }>(`select current_setting('server_version_num')::int as version`)).rows;
  const privileges = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER', ...(version >= 170000 ? ['MAINTAIN'] : [])];
  const { rows } = await client.query<{ name: string; kind: string; owned: boolean; tenant_owned: boolean; rls: boolean; forced: boolean; held: string[]; columns: { privilege: string; columns: string[] }[] }>(
    `select c.relname as name, c.relkind as kind, c.relowner = r.oid as owned,
            exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant_owned,
            c.relrowsecurity as rls, c.relforcerowsecurity as forced,
            case when c.relkind = 'S'
              then array(select p from unnest(array['USAGE', 'SELECT', 'UPDATE']) p where has_sequence_privilege(r.oid, c.oid, p))
              else array(select p from unnest($2::text[]) p where has_table_privilege(r.oid, c.oid, p))
            end as held,
            -- Column privileges the table-level grants do not already give: the columns that have them.
            case when c.relkind = 'S' then '[]'::json else coalesce((
              select json_agg(json_build_object('privilege', p, 'columns', cols)) from (
                select p, array(select a.attname::text from pg_attribute a
                                 where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and has_column_privilege(r.oid, c.oid, a.attnum, p)
                                 order by a.attname) as cols
                  from unnest($3::text[]) p where not has_table_privilege(r.oid, c.oid, p)) x
               where cardinality(cols) > 0), '[]'::json) end as columns
       from pg_class c join pg_namespace n on n.oid = c.relnamespace cross join (select oid from pg_roles where rolname = $1) r
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and c.relname <> 'mikro_orm_migrations'
      order by c.relname`,
    [APP_ROLE, privileges, [...COLUMN_PRIVILEGES]],
  );
  const problems: string[] = [];
  for (const row of rows) {
    const expected = declared.get(row.name);
    const expectedColumns = Object.entries(declaredColumns.get(row.name)?.columns ?? {}).map(([p, columns]) => onColumns(p, columns ?? []));
    const want = [...(expected?.privileges ?? []), ...expectedColumns].sort();
    const held = [...row.held, ...row.columns.map((c) => onColumns(c.privilege, c.columns))].sort();
    if (!expected && row.kind !== 'S') problems.push(`${row.name}: no library declares it (appRoleGrants)`);
    if (want.join() !== held.join()) problems.push(`${row.name}: ${APP_ROLE} holds [${held.join(', ')}], ${expected ? `library ${expected.library}` : 'nothing'} declares [${want.join(', ')}]`);
    if (row.owned) problems.push(`${row.name}: owned by ${APP_ROLE}`);
    if (row.tenant_owned && !(row.rls && row.forced)) problems.push(`${row.name}: has tenant_id but row security is not enabled and forced`);
  }
  const existing = new Set(rows.map((r) => r.name));
  for (const [table, { library }] of declared) if (!existing.has(table)) problems.push(`${table}: declared by library ${library} but not in the database`);
  return problems;
}

/**
 * The application role holds exactly the privileges each library declares for its tables
 * (granted by the migration that creates the table), on every relation of the schema.
 */
describe('application role grants (catalog)', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
  });
  afterAll(() => client.end());

  it('declares every tenant-owned table and grants the app role exactly what each library declares', async () => {
    expect(API_SCHEMA.appRoleGrants.size).toBeGreaterThanOrEqual(15);
    expect(await appRoleProblems(client, API_SCHEMA.appRoleGrants)).toEqual([]);
  });

  it('declares no privilege beyond SELECT, INSERT, UPDATE and DELETE', () => {
    for (const [table, { privileges }] of API_SCHEMA.appRoleGrants) {
      expect({ table, privileges: privileges.filter((p) => !['SELECT', 'INSERT', 'UPDATE', 'DELETE'].includes(p)) }).toEqual({ table, privileges: [] });
    }
  });

  it('declares column grants only on a library\'s own tables, for privileges their table-level grants lack', () => {
    expect(API_SCHEMA.appRoleColumnGrants.size).toBeGreaterThanOrEqual(1);
    for (const [table, { library, columns }] of API_SCHEMA.appRoleColumnGrants) {
      const owner = API_SCHEMA.appRoleGrants.get(table);
      expect({ table, library: owner?.library }).toEqual({ table, library });
      for (const [privilege, names] of Object.entries(columns)) {
        expect({ table, privilege, alsoOnTable: owner?.privileges.includes(privilege as AppRolePrivilege), some: (names ?? []).length > 0 }).toEqual({ table, privilege, alsoOnTable: false, some: true });
      }
    }
  });

  describe('reports a table added without its grants (in a transaction that is rolled back)', () => {
    const probe = 'zz_grants_probe';
    const withProbeTable = async (ddl: string[], check: () => Promise<void>) => {
      await client.query('begin');
      try {
        await client.query(`create table ${probe} (tenant_id uuid not null, id uuid not null, note text, primary key (tenant_id, id))`);
        for (const sql of ddl) await client.query(sql);
        await check();
      } finally {
        await client.query('rollback');
      }
    };
    const declaring = (privileges: AppRolePrivilege[]): Declared => new Map([...API_SCHEMA.appRoleGrants, [probe, { library: 'probe', privileges }]]);
    const declaringColumns = (columns: Partial<Record<AppRoleColumnPrivilege, string[]>>): DeclaredColumns => new Map([...API_SCHEMA.appRoleColumnGrants, [probe, { library: 'probe', columns }]]);
    // Only the probe's problems: the real tables are the first test's business.
    const probeProblems = async (declared: Declared, declaredColumns?: DeclaredColumns) => (await appRoleProblems(client, declared, declaredColumns)).filter((p) => p.startsWith(`${probe}:`));
    const secured = [`alter table ${probe} enable row level security`, `alter table ${probe} force row level security`];

    it('when no library declares it, and its row security is off', async () => {
      await withProbeTable([], async () => {
        expect(await probeProblems(API_SCHEMA.appRoleGrants)).toEqual([
          `${probe}: no library declares it (appRoleGrants)`,
          `${probe}: has tenant_id but row security is not enabled and forced`,
        ]);
      });
    });

    it('when its library declares grants the migration did not give', async () => {
      await withProbeTable([`alter table ${probe} enable row level security`, `alter table ${probe} force row level security`], async () => {
        expect(await probeProblems(declaring(['SELECT', 'INSERT']))).toEqual([`${probe}: ${APP_ROLE} holds [], library probe declares [INSERT, SELECT]`]);
      });
    });

    it('when the app role holds more than declared: TRUNCATE, a column-level UPDATE, or a grant to PUBLIC', async () => {
      await withProbeTable(
        [`alter table ${probe} enable row level security`, `alter table ${probe} force row level security`, `grant select, truncate on ${probe} to ${APP_ROLE}`, `grant update (note) on ${probe} to ${APP_ROLE}`, `grant references on ${probe} to public`],
        async () => {
          expect(await probeProblems(declaring(['SELECT']))).toEqual([`${probe}: ${APP_ROLE} holds [REFERENCES, SELECT, TRUNCATE, UPDATE (note)], library probe declares [SELECT]`]);
        },
      );
    });

    it('accepts a column-level UPDATE on exactly the declared columns', async () => {
      await withProbeTable([...secured, `grant select on ${probe} to ${APP_ROLE}`, `grant update (note) on ${probe} to ${APP_ROLE}`], async () => {
        expect(await probeProblems(declaring(['SELECT']), declaringColumns({ UPDATE: ['note'] }))).toEqual([]);
      });
    });

    it('when a declared column grant is missing, on other columns, or given on the whole table', async () => {
      await withProbeTable([...secured, `grant select on ${probe} to ${APP_ROLE}`], async () => {
        expect(await probeProblems(declaring(['SELECT']), declaringColumns({ UPDATE: ['note'] }))).toEqual([`${probe}: ${APP_ROLE} holds [SELECT], library probe declares [SELECT, UPDATE (note)]`]);
      });
      await withProbeTable([...secured, `grant select on ${probe} to ${APP_ROLE}`, `grant update (id, note) on ${probe} to ${APP_ROLE}`], async () => {
        expect(await probeProblems(declaring(['SELECT']), declaringColumns({ UPDATE: ['note'] }))).toEqual([`${probe}: ${APP_ROLE} holds [SELECT, UPDATE (id, note)], library probe declares [SELECT, UPDATE (note)]`]);
      });
      await withProbeTable([...secured, `grant select, update on ${probe} to ${APP_ROLE}`], async () => {
        expect(await probeProblems(declaring(['SELECT']), declaringColumns({ UPDATE: ['note'] }))).toEqual([`${probe}: ${APP_ROLE} holds [SELECT, UPDATE], library probe declares [SELECT, UPDATE (note)]`]);
      });
    });

    it('when a declared table does not exist', async () => {
      expect(await probeProblems(declaring(['SELECT']))).toEqual([`${probe}: declared by library probe but not in the database`]);
    });
  });
});
