/** `{A,B}` (an enum array as node-postgres returns it) or an already parsed array. */
export function enumArray<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  const text = String(value ?? '{}').slice(1, -1);
  return (text ? text.split(',') : []) as T[];
}
