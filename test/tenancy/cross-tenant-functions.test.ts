import pg from 'pg';
import { adminUrl } from '../support/orm.js';

/**
 * The one cross-tenant path (ADR 0009), over the live catalog: the only functions that run with
 * their owner's rights are the known ones, and what they return is aggregates only — a tenant's
 * id and name, a period, and numbers. A new SECURITY DEFINER function, or a new output column
 * (a resident id, a name, a date of birth), fails here until it is reviewed and listed.
 */
describe('functions that cross tenants return aggregates only', () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
  });
  afterAll(() => client.end());

  /** Output columns allowed beside the numbers: who the row is about (a tenant) and which period. */
  const IDENTIFYING = new Set(['tenant_id uuid', 'tenant_name text', 'period daterange']);
  const NUMBERS = new Set(['integer', 'numeric', 'bigint']);

  it('lists exactly the known SECURITY DEFINER functions', async () => {
    const { rows } = await client.query<{ name: string }>(
      `select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prosecdef order by 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(['consortium_partner_figures_periods', 'consortium_visible_ids']);
  });

  it('returns a tenant, a period and numbers from each of them, never a person-level column', async () => {
    const { rows } = await client.query<{ name: string; columns: string[] | null; result: string }>(
      `select p.proname as name, pg_get_function_result(p.oid) as result,
              (select array_agg(a.name || ' ' || format_type(a.type, null) order by a.ord)
                 from unnest(p.proargnames, p.proallargtypes, p.proargmodes) with ordinality a(name, type, mode, ord)
                where a.mode = 't') as columns
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prosecdef order by 1`,
    );
    for (const fn of rows) {
      if (!fn.columns) {
        // consortium_visible_ids(): a set of consortium ids for row security, nothing about people.
        expect({ fn: fn.name, result: fn.result }).toEqual({ fn: 'consortium_visible_ids', result: 'SETOF uuid' });
        continue;
      }
      const odd = fn.columns.filter((c) => !IDENTIFYING.has(c) && !NUMBERS.has(c.slice(c.indexOf(' ') + 1)));
      expect({ fn: fn.name, odd }).toEqual({ fn: fn.name, odd: [] });
    }
  });
});
