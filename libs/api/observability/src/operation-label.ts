/** Operation names are chosen by clients: only well-formed ones, and a bounded number, become labels. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_DISTINCT = 300;
const seen = new Set<string>();

/** A label value for Prometheus and the log: the operation name, or "anonymous"/"other". */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_DISTINCT) return 'other';
  seen.add(name);
  return name;
}
