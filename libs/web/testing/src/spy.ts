/** A callback that records its calls (Jest's `jest` object is not a global under ESM). */
export interface Spy<Args extends unknown[]> {
  (...args: Args): void;
  readonly calls: Args[];
}

export function spy<Args extends unknown[] = []>(): Spy<Args> {
  const calls: Args[] = [];
  const fn = (...args: Args) => {
    calls.push(args);
  };
  return Object.assign(fn, { calls });
}
