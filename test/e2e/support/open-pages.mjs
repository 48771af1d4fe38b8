// The browsers the e2e tests launched (browser.mjs registers each one in the test's global), so
// that the e2e environment can say what their pages showed when a test fails.
const BROWSERS = Symbol.for('bridgeway.e2e.browsers');

export function registerBrowser(global, browser) {
  (global[BROWSERS] ??= new Set()).add(browser);
  browser.on('disconnected', () => global[BROWSERS]?.delete(browser));
}

export function openPages(global) {
  return [...(global[BROWSERS] ?? [])].flatMap((browser) => browser.contexts().flatMap((context) => context.pages()));
}
