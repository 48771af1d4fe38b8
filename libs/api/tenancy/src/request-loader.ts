import DataLoader from 'dataloader';
import { currentScope } from './request-scope.js';

const loaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader cached for the current request, so list fields resolve their
 * relations in one query per relation instead of one per row (no N+1).
 * `key` names the loader (e.g. 'stay.currentByResident'); batch must return
 * one value per key, in key order.
 */
export function requestLoader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
  const scope = currentScope();
  if (!scope) return new DataLoader<K, V>(batch, { cache: false });
  let map = loaders.get(scope);
  if (!map) loaders.set(scope, (map = new Map()));
  let loader = map.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    map.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results by key: `rows` grouped by `keyOf`, one entry (or fallback) per requested key. */
export function byKey<K, R, V>(keys: readonly K[], rows: R[], keyOf: (row: R) => K, pick: (group: R[]) => V): V[] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => pick(groups.get(k) ?? []));
}
