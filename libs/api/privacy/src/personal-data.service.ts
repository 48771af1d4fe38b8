import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PERSONAL_DATA_CATALOG, type ErasureRule, type PersonalDataTable } from '@bridgeway/api-database';
import type { DataSubjectKind } from '@bridgeway/shared-domain';

/** A person whose data an art. 15 export or art. 17 erasure concerns, in the caller's tenant. */
export interface DataSubject {
  kind: DataSubjectKind;
  id: string;
}

/** One declared table's rows for a subject (tenant_id left out: it is the caller's own). */
export interface PersonalDataSection {
  table: string;
  title: string;
  rows: Record<string, unknown>[];
}

/** How many rows of each table an erasure changed. */
export interface ErasedTable {
  table: string;
  rows: number;
  action: 'ANONYMISED' | 'DELETED';
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** Keys of a jsonb snapshot (camelCase allowed). */
const JSON_KEY = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier in the personal-data catalog: ${name}`);
  return name;
}

/**
 * The SQL expression a column gets on erasure, or null when the column is kept. A null stays null
 * (REPLACE marks only what was written), and JSON_KEYS touches only an object: these are the values
 * the erase_only trigger of the append-only tables accepts.
 */
export function erasedValue(column: string, rule: ErasureRule): string | null {
  const c = identifier(column);
  switch (rule.kind) {
    case 'NULL':
      return 'null';
    case 'REPLACE':
      return `case when t.${c} is null then null else '${rule.value.replace(/'/g, "''")}' end`;
    case 'JSON_KEYS': {
      const keys = rule.keys
        .map((k) => {
          if (!JSON_KEY.test(k)) throw new Error(`Not a plain JSON key in the personal-data catalog: ${k}`);
          return `'${k}'`;
        })
        .join(', ');
      // Keeps the snapshot's shape (every key stays), with the personal keys' values null.
      return `case when jsonb_typeof(t.${c}) = 'object' then (select coalesce(jsonb_object_agg(e.key, case when e.key in (${keys}) then 'null'::jsonb else e.value end), '{}'::jsonb) from jsonb_each(t.${c}) e) else t.${c} end`;
    }
    case 'KEEP':
      return null;
  }
}

/**
 * Reads and erases a subject's personal data through the libraries' declarations only
 * (PERSONAL_DATA_CATALOG). Runs in the caller's request transaction: RLS keeps it to the
 * caller's tenant, and a failure rolls the whole erasure back.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @Inject(PERSONAL_DATA_CATALOG) private readonly catalog: readonly PersonalDataTable[],
    private readonly em: EntityManager,
  ) {}

  /** The declared tables that hold rows of this kind of subject. */
  tablesOf(kind: DataSubjectKind): PersonalDataTable[] {
    return this.catalog.filter((t) => t.rowsOf[kind]);
  }

  /** Every declared table's rows for the subject, in catalog order (tables without rows included, empty). */
  async collect(subject: DataSubject, em: EntityManager = this.em): Promise<PersonalDataSection[]> {
    const sections: PersonalDataSection[] = [];
    for (const table of this.tablesOf(subject.kind)) {
      const rows = await em.execute<Record<string, unknown>[]>(
        // Not every table has created_at: read it through the row's JSON (null when absent).
        `select t.* from ${identifier(table.table)} t where (${table.rowsOf[subject.kind]}) order by to_jsonb(t) ->> 'created_at' nulls first, t.id`,
        { subjectId: subject.id },
      );
      sections.push({ table: table.table, title: table.title, rows: rows.map(({ tenant_id: _tenant, ...row }) => row) });
    }
    return sections;
  }

  /**
   * Anonymises the subject: DELETE tables lose the subject's rows, ANONYMISE tables keep them
   * with every declared column erased. Deletions run first (links point at the anonymised rows).
   */
  async anonymise(subject: DataSubject, em: EntityManager = this.em): Promise<ErasedTable[]> {
    const tables = this.tablesOf(subject.kind);
    const ordered = [...tables.filter((t) => t.onErasure === 'DELETE'), ...tables.filter((t) => t.onErasure === 'ANONYMISE')];
    const erased: ErasedTable[] = [];
    for (const table of ordered) {
      const where = table.rowsOf[subject.kind];
      if (table.onErasure === 'DELETE') {
        const rows = await em.execute(`delete from ${identifier(table.table)} t where (${where})`, { subjectId: subject.id }, 'run');
        erased.push({ table: table.table, rows: Number((rows as { affectedRows?: number }).affectedRows ?? 0), action: 'DELETED' });
        continue;
      }
      const sets = Object.entries(table.columns)
        .map(([column, { erase }]) => [column, erasedValue(column, erase)] as const)
        .filter(([, value]) => value !== null)
        .map(([column, value]) => `${identifier(column)} = ${value}`);
      if (!sets.length) continue;
      const rows = await em.execute(`update ${identifier(table.table)} t set ${sets.join(', ')} where (${where})`, { subjectId: subject.id }, 'run');
      erased.push({ table: table.table, rows: Number((rows as { affectedRows?: number }).affectedRows ?? 0), action: 'ANONYMISED' });
    }
    return erased;
  }
}
