import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { adminUrl } from '../support/orm.js';
// @ts-expect-error -- a plain .mjs tool without type declarations
import { distributeSql } from '../../tools/citus-distribute-sql.mjs';

/**
 * The Citus plan (docs/scale-out.md), checked over the live catalog so every table added later
 * keeps it: reference tables never point to distributed ones, every unique index has tenant_id
 * among its key columns, and infra/citus/distribute.sql is the script the catalog calls for.
 */
const violations = {
  /** Foreign keys from a table without tenant_id (a reference table) to one with it. */
  referenceToDistributed: `
    select c.conname as name from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'public' and c.contype = 'f'
      and not exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id' and not a.attisdropped)
      and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'tenant_id' and not a.attisdropped)
    order by 1`,
  /** Unique indexes of tenant-owned tables whose key columns (not a WHERE clause) lack tenant_id. */
  uniqueWithoutTenant: `
    select i.relname as name from pg_index x
      join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and x.indisunique
      and exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'tenant_id' and not a.attisdropped)
      and not exists (select 1 from unnest(x.indkey) k join pg_attribute a on a.attrelid = t.oid and a.attnum = k where a.attname = 'tenant_id')
    order by 1`,
};

describe('Citus readiness of the schema', () => {
  let client: pg.Client;
  const names = async (sql: string) => (await client.query<{ name: string }>(sql)).rows.map((r) => r.name);

  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
  });
  afterAll(() => client.end());

  it('has no reference table pointing to a distributed table', async () => {
    expect(await names(violations.referenceToDistributed)).toEqual([]);
  });

  it('has tenant_id among the key columns of every unique index of a tenant-owned table', async () => {
    expect(await names(violations.uniqueWithoutTenant)).toEqual([]);
  });

  it('finds both kinds of violation when they exist (in a rolled-back transaction)', async () => {
    await client.query('begin');
    try {
      await client.query(`create table citus_probe_ref (id uuid primary key, tenant uuid, resident uuid,
        foreign key (tenant, resident) references resident (tenant_id, id))`);
      await client.query(`create unique index citus_probe_unique on resident (id) where tenant_id is not null`);
      expect(await names(violations.referenceToDistributed)).toContain('citus_probe_ref_tenant_resident_fkey');
      expect(await names(violations.uniqueWithoutTenant)).toEqual(['citus_probe_unique']);
    } finally {
      await client.query('rollback');
    }
  });

  it('distributes every table with tenant_id and references every other one, in foreign-key order (infra/citus/distribute.sql)', async () => {
    const committed = await readFile('infra/citus/distribute.sql', 'utf8');
    const expected: string = await distributeSql(client);
    // On a mismatch: node tools/citus-distribute-sql.mjs <migrated database url> > infra/citus/distribute.sql
    expect(committed).toBe(expected);
  });
});
