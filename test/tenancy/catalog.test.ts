import pg from 'pg';
import { APP_ROLE } from '@bridgeway/api-database';
import { adminUrl } from '../support/orm.js';

/**
 * Rules over the live catalog, so every table added later keeps them:
 * RLS forced on tenant-owned tables, Citus-ready keys, a least-privilege app role.
 */
describe('schema catalog rules', () => {
  let client: pg.Client;
  const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
  });
  afterAll(() => client.end());

  const tenantTables = () =>
    q<{ table_name: string }>(`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by 1`).then((r) => r.map((x) => x.table_name));

  it('has tenant-owned tables to check', async () => {
    expect((await tenantTables()).length).toBeGreaterThanOrEqual(2);
  });

  it('enables and forces row security on every table with tenant_id, with USING and WITH CHECK policies', async () => {
    for (const table of await tenantTables()) {
      const [rls] = await q<{ relrowsecurity: boolean; relforcerowsecurity: boolean }>(`select relrowsecurity, relforcerowsecurity from pg_class where oid = $1::regclass`, [`public.${table}`]);
      expect({ table, ...rls }).toEqual({ table, relrowsecurity: true, relforcerowsecurity: true });
      const policies = await q<{ policyname: string; cmd: string; qual: string | null; with_check: string | null }>(`select policyname, cmd, qual, with_check from pg_policies where schemaname = 'public' and tablename = $1`, [table]);
      const isolation = policies.find((p) => p.cmd === 'ALL' && /tenant_id/.test(p.qual ?? '') && /tenant_id/.test(p.with_check ?? ''));
      expect({ table, isolation: Boolean(isolation) }).toEqual({ table, isolation: true });
      // No policy may let a write through without the tenant check.
      for (const p of policies.filter((x) => x.cmd !== 'SELECT')) expect({ table, policy: p.policyname, check: /tenant_id/.test(p.with_check ?? p.qual ?? '') }).toEqual({ table, policy: p.policyname, check: true });
    }
  });

  it('keys tenant-owned tables by (tenant_id, ...) in every primary key, unique constraint and foreign key between them', async () => {
    const tables = new Set(await tenantTables());
    const constraints = await q<{ table: string; name: string; type: string; columns: string[]; ref_table: string | null }>(`
      select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
             array(select a.attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns,
             c.confrelid::regclass::text as ref_table
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' and c.contype in ('p', 'u', 'f')`);
    for (const c of constraints.filter((x) => tables.has(x.table))) {
      const needsTenant = c.type !== 'f' || tables.has(String(c.ref_table));
      if (needsTenant) expect({ constraint: c.name, hasTenant: c.columns.includes('tenant_id') }).toEqual({ constraint: c.name, hasTenant: true });
    }
    const indexes = await q<{ table: string; name: string; def: string }>(`
      select t.relname as table, i.relname as name, pg_get_indexdef(i.oid) as def
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and x.indisunique`);
    for (const idx of indexes.filter((x) => tables.has(x.table))) {
      expect({ index: idx.name, hasTenant: /tenant_id/.test(idx.def) }).toEqual({ index: idx.name, hasTenant: true });
    }
  });

  it('names every table without tenant_id as platform or reference data', async () => {
    const others = await q<{ table_name: string; comment: string | null }>(`
      select c.relname as table_name, obj_description(c.oid, 'pg_class') as comment
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
        and c.relname <> 'mikro_orm_migrations'`);
    for (const t of others) expect({ table: t.table_name, named: /^(platform|reference):/.test(t.comment ?? '') }).toEqual({ table: t.table_name, named: true });
  });

  it('connects the API as a role that is not superuser, cannot bypass RLS and owns nothing', async () => {
    const [role] = await q<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean; rolcreatedb: boolean }>(`select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = $1`, [APP_ROLE]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await q<{ relname: string }>(`select c.relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = $1`, [APP_ROLE]);
    expect(owned).toEqual([]);
    const [ns] = await q<{ n: number }>(`select count(*)::int as n from pg_namespace n join pg_roles r on r.oid = n.nspowner where r.rolname = $1`, [APP_ROLE]);
    expect(ns.n).toBe(0);
  });

  it('has the tables owned by the migrating owner role, bridgeway_owner, which is not a superuser (embedded and DATABASE_URL runs)', async () => {
    const owners = await q<{ owner: string; super: boolean }>(`
      select distinct r.rolname as owner, r.rolsuper as super from pg_class c
        join pg_namespace n on n.oid = c.relnamespace join pg_roles r on r.oid = c.relowner
       where n.nspname = 'public' and c.relkind = 'r'`);
    const [me] = await q<{ user: string }>('select current_user as user');
    expect(owners.map((o) => o.owner)).toEqual([me.user]);
    expect(me.user).not.toBe(APP_ROLE);
    expect(owners).toEqual([{ owner: 'bridgeway_owner', super: false }]);
    const [database] = await q<{ owner: string; super: boolean }>(`
      select r.rolname as owner, r.rolsuper as super from pg_database d join pg_roles r on r.oid = d.datdba where d.datname = current_database()`);
    expect(database).toEqual({ owner: 'bridgeway_owner', super: false });
  });

  it('gives the application role no DDL, and of the migrations table only the names to read (readiness probe)', async () => {
    const [create] = await q<{ can: boolean }>(`select has_schema_privilege($1, 'public', 'CREATE') as can`, [APP_ROLE]);
    expect(create.can).toBe(false);
    const [migrations] = await q<{ table: boolean; write: boolean; name: boolean; executed: boolean }>(
      `select has_table_privilege($1, 'mikro_orm_migrations', 'SELECT') as table,
              has_any_column_privilege($1, 'mikro_orm_migrations', 'INSERT, UPDATE, REFERENCES') or has_table_privilege($1, 'mikro_orm_migrations', 'DELETE, TRUNCATE') as write,
              has_column_privilege($1, 'mikro_orm_migrations', 'name', 'SELECT') as name,
              has_column_privilege($1, 'mikro_orm_migrations', 'executed_at', 'SELECT') as executed`,
      [APP_ROLE],
    );
    expect(migrations).toEqual({ table: false, write: false, name: true, executed: false });
  });
});
