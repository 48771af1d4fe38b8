/** What firstPerParent needs: table and columns are trusted identifiers written in code, never input. */
export interface FirstPerParentQuery {
  table: string;
  /** The column the rows are grouped by (e.g. resident_id). */
  parent: string;
  /** ORDER BY of the page within a parent, on columns of `t` (e.g. 't.admitted_on desc, t.created_at desc, t.id'). */
  orderBy: string;
  /** Extra condition on `t` with named parameters of its own (e.g. `t.instrument_code = :instrumentCode`). */
  where?: string;
  /** Return each parent's page in the opposite order (e.g. the latest rows, oldest first). */
  reversed?: boolean;
}

/**
 * SQL for a batch loader's page: at most `first` rows for each parent, picked by a window
 * function in the database (so a large list is never read to be cut in memory). Its named
 * parameters: `em.execute(sql, { tenantId, parentIds, first, ...those of where })`. The rank column
 * `page_rank` comes back with each row: remove it with withoutRank before mapping to entities.
 */
export function firstPerParent({ table, parent, orderBy, where, reversed = false }: FirstPerParentQuery): string {
  return `select * from (select t.*, row_number() over (partition by t.${parent} order by ${orderBy}) as page_rank
            from ${table} t where t.tenant_id = :tenantId and t.${parent} in (:parentIds)${where ? ` and (${where})` : ''}) ranked
          where page_rank <= :first order by ${parent}, page_rank${reversed ? ' desc' : ''}`;
}

export function withoutRank<T extends Record<string, unknown>>(rows: T[]): Omit<T, 'page_rank'>[] {
  return rows.map(({ page_rank: _rank, ...row }) => row);
}
