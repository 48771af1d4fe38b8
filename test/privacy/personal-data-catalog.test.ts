import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ErasureRule, PersonalDataTable } from '@bridgeway/api-database';
import { PERSONAL_DATA_CATALOG, API_SCHEMA } from '@bridgeway/api-registry';
import { PersonalDataService } from '@bridgeway/api-privacy';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { DataSubjectKind } from '@bridgeway/shared-domain';
import { adminUrl, appOrm } from '../support/orm.js';
import { tenantSuite, type TenantSuite } from '../support/suites.js';

/** A column of the live schema. */
export interface CatalogColumn {
  table: string;
  column: string;
  type: string;
}

/** Columns that link a row to a data subject. */
const PERSON_LINK = /^(resident_id|relative_id|member_id)$/;
/** Columns that hold a person's identity or contact data wherever they appear. */
const PERSON_COLUMN = /^(first_name|last_name|date_of_birth|phone|email)$/;
/** Free text written by staff: may hold anything about anyone. */
const FREE_TEXT = /(^|_)(note|notes|reason|comment|comments|description|remark|remarks)$/;
/** Column types that can carry text: each must be declared or listed as notPersonal in a declared table. */
const TEXT_TYPES = new Set(['text', 'character varying', 'character', 'jsonb', 'json']);

/**
 * Tables with a column the rules above flag that were looked at and hold no data subject's data
 * (RESIDENT, RELATIVE, MEMBER). A table linked to a subject (resident_id, relative_id, member_id)
 * can never be listed here.
 */
const NO_SUBJECT_DATA: Readonly<Record<string, string>> = {
  user_account: "staff accounts (e-mail, display name): employees, not a subject kind of the privacy operations; a leaver's account is disabled, and its name stays for the audit trail",
  meeting: "a group meeting's note, place and cancellation reason: about the meeting, linked to no person (attendance is declared)",
  department: "a department's pause reason: about the organisation",
  programme: "a programme's description: about the programme",
  strategic_plan: "a plan's description: about the organisation's work",
  milestone: "a plan milestone's note: about the organisation's work",
  funding: "a funder's note: about the grant",
  indicator_comment: "a manager's comment on an indicator's figure: about aggregates",
  assessment_instrument: "reference data: an instrument's description",
};

/**
 * Everything wrong with the catalog against the live columns: a table with a person column and no
 * declaration, a declaration of a table or column that does not exist, a text or jsonb column of a
 * declared table neither declared nor notPersonal, an exemption of a table linked to a person.
 */
export function catalogProblems(columns: readonly CatalogColumn[], catalog: readonly PersonalDataTable[], exempt: Readonly<Record<string, string>> = NO_SUBJECT_DATA): string[] {
  const problems: string[] = [];
  const byTable = new Map<string, CatalogColumn[]>();
  for (const c of columns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const declared = new Map<string, PersonalDataTable>();
  for (const d of catalog) {
    if (declared.has(d.table)) problems.push(`${d.table}: declared more than once`);
    declared.set(d.table, d);
  }
  for (const [table, cols] of byTable) {
    const links = cols.filter((c) => PERSON_LINK.test(c.column)).map((c) => c.column);
    const flagged = cols.filter((c) => PERSON_LINK.test(c.column) || PERSON_COLUMN.test(c.column) || (FREE_TEXT.test(c.column) && TEXT_TYPES.has(c.type))).map((c) => c.column);
    const declaration = declared.get(table);
    if (exempt[table] !== undefined && links.length) problems.push(`${table}: links a person (${links.join(', ')}) and cannot be exempt`);
    if (exempt[table] !== undefined && declaration) problems.push(`${table}: both declared and exempt`);
    if (flagged.length && !declaration && exempt[table] === undefined) problems.push(`${table}: holds person data (${flagged.join(', ')}) but no library declares it (personalData)`);
    if (!declaration) continue;
    const names = new Set(cols.map((c) => c.column));
    const notPersonal = new Set(declaration.notPersonal ?? []);
    for (const column of [...Object.keys(declaration.columns), ...notPersonal]) if (!names.has(column)) problems.push(`${table}.${column}: declared but not in the database`);
    for (const column of Object.keys(declaration.columns)) if (notPersonal.has(column)) problems.push(`${table}.${column}: both personal and notPersonal`);
    for (const c of cols) {
      if (TEXT_TYPES.has(c.type) && !(c.column in declaration.columns) && !notPersonal.has(c.column)) problems.push(`${table}.${c.column}: a ${c.type} column neither declared nor notPersonal`);
    }
    if (!Object.keys(declaration.rowsOf).length) problems.push(`${table}: declared without rowsOf for any subject kind`);
  }
  for (const table of declared.keys()) if (!byTable.has(table)) problems.push(`${table}: declared but not in the database`);
  for (const table of Object.keys(exempt)) if (!byTable.has(table)) problems.push(`${table}: exempt but not in the database`);
  return problems;
}

/** The argument pair of the erase_only trigger for a declared rule (null: the column is kept). */
function triggerSpec(rule: ErasureRule): string | null {
  switch (rule.kind) {
    case 'NULL':
      return 'null';
    case 'REPLACE':
      return `replace:${rule.value}`;
    case 'JSON_KEYS':
      return `keys:${rule.keys.join(',')}`;
    case 'KEEP':
      return null;
  }
}

/** The erased columns of an ANONYMISE table, as the erase_only trigger's arguments would list them. */
const erasedColumns = (d: PersonalDataTable) =>
  Object.entries(d.columns).flatMap(([column, { erase }]) => {
    const spec = triggerSpec(erase);
    return spec === null ? [] : [[column, spec] as const];
  });

describe('personal-data catalog (where personal data lives)', () => {
  let { t } = {} as TenantSuite;
  tenantSuite('pd-catalog', (s) => ({ t } = s));
  let client: pg.Client;
  let app: MikroORM;
  let columns: CatalogColumn[];

  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    app = await appOrm(1);
    columns = (
      await client.query<CatalogColumn>(
        `select c.table_name as table, c.column_name as column, c.data_type as type
           from information_schema.columns c join information_schema.tables x on x.table_schema = c.table_schema and x.table_name = c.table_name
          where c.table_schema = 'public' and x.table_type = 'BASE TABLE' and c.table_name <> 'mikro_orm_migrations'
          order by c.table_name, c.ordinal_position`,
      )
    ).rows;
  });
  afterAll(async () => {
    await client?.end();
    await app?.close(true);
  });

  it('declares every table that holds a person column, every declared column exists, every text column is looked at', () => {
    expect(PERSONAL_DATA_CATALOG.length).toBeGreaterThanOrEqual(18);
    expect(catalogProblems(columns, PERSONAL_DATA_CATALOG)).toEqual([]);
  });

  it('fails on a catalog that misses a table, a column, a text column or links an exempt table', () => {
    const without = (table: string) => PERSONAL_DATA_CATALOG.filter((d) => d.table !== table);
    expect(catalogProblems(columns, without('goal_event'))).toEqual(['goal_event: holds person data (note) but no library declares it (personalData)']);
    expect(catalogProblems(columns, without('attendance'))).toEqual(['attendance: holds person data (resident_id, relative_id, member_id) but no library declares it (personalData)']);
    const stay = PERSONAL_DATA_CATALOG.find((d) => d.table === 'stay') as PersonalDataTable;
    const { discharge_note: _note, ...keptColumns } = stay.columns;
    const renamed = PERSONAL_DATA_CATALOG.map((d) => (d === stay ? { ...d, columns: { ...keptColumns, discharge_notes: stay.columns.discharge_note } } : d));
    expect(catalogProblems(columns, renamed)).toEqual(['stay.discharge_notes: declared but not in the database', 'stay.discharge_note: a text column neither declared nor notPersonal']);
    const fake: CatalogColumn[] = [...columns, { table: 'zz_fake', column: 'id', type: 'uuid' }, { table: 'zz_fake', column: 'remarks', type: 'text' }];
    expect(catalogProblems(fake, PERSONAL_DATA_CATALOG)).toEqual(['zz_fake: holds person data (remarks) but no library declares it (personalData)']);
    expect(catalogProblems(columns, PERSONAL_DATA_CATALOG, { ...NO_SUBJECT_DATA, handout: 'wrongly' })).toEqual(['handout: links a person (resident_id, relative_id) and cannot be exempt', 'handout: both declared and exempt']);
  });

  it('names only subject kinds in rowsOf, declares the tables of their own library, and knows every kind', () => {
    const kinds = new Set<string>(Object.values(DataSubjectKind));
    for (const d of PERSONAL_DATA_CATALOG) {
      expect({ table: d.table, kinds: Object.keys(d.rowsOf).filter((k) => !kinds.has(k)) }).toEqual({ table: d.table, kinds: [] });
      expect({ table: d.table, owned: API_SCHEMA.appRoleGrants.has(d.table) }).toEqual({ table: d.table, owned: true });
    }
    for (const kind of kinds) expect({ kind, tables: PERSONAL_DATA_CATALOG.filter((d) => d.rowsOf[kind as DataSubjectKind]).length > 0 }).toEqual({ kind, tables: true });
  });

  it("runs every rowsOf and activityAt as the application role, in a tenant's transaction", async () => {
    const em = forkForTenant(app.em, t.id);
    for (const d of PERSONAL_DATA_CATALOG) {
      for (const [kind, where] of Object.entries(d.rowsOf)) {
        const sql = `select count(*)::int as n, max(${d.activityAt ?? 'null::date'}) as latest from ${d.table} t where (${where})`;
        await expect(em.execute(sql, { subjectId: '00000000-0000-4000-8000-000000000000' }).then((r) => ({ table: d.table, kind, n: r[0].n }))).resolves.toEqual({ table: d.table, kind, n: 0 });
      }
    }
  });

  it('lets the application role run every erasure statement (grants), rolled back', async () => {
    const service = new PersonalDataService(PERSONAL_DATA_CATALOG, app.em);
    for (const kind of Object.values(DataSubjectKind)) {
      const em = forkForTenant(app.em, t.id);
      await em.begin();
      try {
        const erased = await service.anonymise({ kind, id: '00000000-0000-4000-8000-000000000000' }, em);
        expect(erased.every((e) => e.rows === 0)).toBe(true);
        expect(erased.map((e) => e.table).sort()).toEqual(service.tablesOf(kind).filter((d) => d.onErasure === 'DELETE' || erasedColumns(d).length).map((d) => d.table).sort());
      } finally {
        await em.rollback();
      }
    }
  });

  it('gives DELETE tables a DELETE grant, and append-only tables an UPDATE of exactly their erased columns with an erase_only trigger of the same rules', async () => {
    const triggers = await client.query<{ table: string; fn: string; args: Buffer; before_update: boolean }>(
      `select c.relname as table, p.proname as fn, g.tgargs as args, (g.tgtype & 2) <> 0 and (g.tgtype & 16) <> 0 as before_update
         from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_proc p on p.oid = g.tgfoid
        where not g.tgisinternal and p.proname = 'erase_only'`,
    );
    const byTable = new Map(triggers.rows.map((r) => [r.table, r]));
    for (const d of PERSONAL_DATA_CATALOG) {
      const grants = API_SCHEMA.appRoleGrants.get(d.table)?.privileges ?? [];
      if (d.onErasure === 'DELETE') {
        expect({ table: d.table, delete: grants.includes('DELETE') }).toEqual({ table: d.table, delete: true });
        continue;
      }
      const erased = erasedColumns(d);
      if (grants.includes('UPDATE') || !erased.length) {
        expect({ table: d.table, trigger: byTable.has(d.table) }).toEqual({ table: d.table, trigger: false });
        continue;
      }
      const columnGrant = [...(API_SCHEMA.appRoleColumnGrants.get(d.table)?.columns.UPDATE ?? [])].sort();
      expect({ table: d.table, update: columnGrant }).toEqual({ table: d.table, update: erased.map(([c]) => c).sort() });
      const trigger = byTable.get(d.table);
      const args = trigger ? trigger.args.toString('utf8').split('\0').filter((a) => a !== '') : [];
      expect({ table: d.table, beforeUpdate: trigger?.before_update, args }).toEqual({ table: d.table, beforeUpdate: true, args: erased.flat() });
    }
    // No trigger is left on a table the catalog does not erase that way.
    for (const table of byTable.keys()) expect({ table, declared: PERSONAL_DATA_CATALOG.some((d) => d.table === table) }).toEqual({ table, declared: true });
  });
});
