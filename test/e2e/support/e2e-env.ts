import type { Locator } from 'playwright-core';

/** The built server started by global-setup.mjs for all e2e files. */
export function e2eUrl(): string {
  const url = process.env['BRIDGEWAY_E2E_URL'];
  if (!url) throw new Error('BRIDGEWAY_E2E_URL is not set: run the e2e tests with `jest --selectProjects e2e`');
  return url;
}

/** Polls until `condition` holds (for values the page changes after a request). */
export async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`timed out waiting until ${what}`);
}

export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

/** "40%" → 40 */
export function percentOf(text: string): number {
  const value = Number.parseInt(text.replace(/[^\d]/g, ''), 10);
  if (Number.isNaN(value)) throw new Error(`not a percentage: ${text}`);
  return value;
}
