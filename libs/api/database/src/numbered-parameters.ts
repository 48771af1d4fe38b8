/** The two renderings MikroORM's PostgreSQL platform uses for `?` and `??` (Platform.formatQuery). */
export interface SqlQuoting {
  quoteValue(value: unknown): string;
  quoteIdentifier(id: string): string;
}

export interface NumberedQuery {
  sql: string;
  parameters: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * MikroORM's `?` statement rendered as MikroORM renders it (Platform.formatQuery, step for step),
 * except that record ids become numbered parameters (`$1`, `$2`, …): the case file of every
 * resident is then the same statement text, which PostgreSQL can prepare once per connection and
 * run with a generic plan (prepared-statements.ts).
 *
 * Which values become parameters decides which plans are shared, so only those whose value does
 * not change the best plan do:
 * - a uuid (a record id: equality on a key), alone or as a one-element list (`in (?)` of a single
 *   loader key);
 * - but never the transaction's tenant id. Tenants differ in size by orders of magnitude; with the
 *   tenant inlined, each tenant's statements are planned with that tenant's statistics. (A generic
 *   plan for `tenant_id = $1` assumes an average tenant: for the largest one it chose a nested loop
 *   over 3,000 residents, 8× slower.)
 * Everything else (dates and numbers, which bound ranges and limits; search text; longer id lists,
 * which PostgreSQL matches faster as one constant array) is inlined exactly as MikroORM inlines it.
 *
 * Returns undefined when no value became a parameter: the caller sends MikroORM's own text.
 */
export function toNumberedParameters(sql: string, params: readonly unknown[], quoting: SqlQuoting, tenantId?: string): NumberedQuery | undefined {
  if (params.length === 0) return undefined;
  const parameters: string[] = [];
  const render = (value: unknown): string => {
    const inlined = quoting.quoteValue(value);
    const id = Array.isArray(value) && value.length === 1 ? value[0] : value;
    // Only where MikroORM inlines the id as a plain literal: not a JSON array holding one id, say.
    if (typeof id === 'string' && id !== tenantId && UUID.test(id) && inlined === `'${id}'`) {
      parameters.push(id);
      return `$${parameters.length}`;
    }
    return inlined;
  };
  let j = 0;
  let pos = 0;
  let out = '';
  if (sql.startsWith('?')) {
    if (sql[1] === '?') {
      out += quoting.quoteIdentifier(params[j++] as string);
      pos = 2;
    } else {
      out += render(params[j++]);
      pos = 1;
    }
  }
  while (pos < sql.length) {
    const idx = sql.indexOf('?', pos + 1);
    if (idx === -1) {
      out += sql.substring(pos);
      break;
    }
    if (sql.substring(idx - 1, idx + 1) === '\\?') {
      out += sql.substring(pos, idx - 1) + '?';
      pos = idx + 1;
    } else if (sql.substring(idx, idx + 2) === '??') {
      out += sql.substring(pos, idx) + quoting.quoteIdentifier(params[j++] as string);
      pos = idx + 2;
    } else {
      out += sql.substring(pos, idx) + render(params[j++]);
      pos = idx + 1;
    }
  }
  return parameters.length ? { sql: out, parameters } : undefined;
}
