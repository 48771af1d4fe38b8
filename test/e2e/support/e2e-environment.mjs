// The e2e tests' Jest environment: Node's, plus a report of what each open page showed when a
// test failed (its address, heading and the start of its text). A failed wait says what was
// awaited, not what the page showed instead; this is the lead for a rare failure (test/e2e/README.md).
import NodeEnvironment from 'jest-environment-node';
import { openPages } from './open-pages.mjs';

const REPORT_TIMEOUT_MS = 3_000;

export default class E2eEnvironment extends NodeEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure') return;
    const reports = await Promise.all(openPages(this.global).map((page) => withTimeout(describePage(page))));
    if (reports.length) console.log(`e2e failure in "${event.test.name}": the open pages showed\n${reports.join('\n')}`);
  }
}

async function describePage(page) {
  const shown = await page.evaluate(() => ({
    heading: document.querySelector('h1')?.textContent ?? '(no h1)',
    text: (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 400),
  }));
  return `  ${page.url()} — h1: ${shown.heading} — text: ${shown.text}`;
}

const withTimeout = (promise) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('  (the page did not answer within 3 s)'), REPORT_TIMEOUT_MS))]).catch(
    (error) => `  (the page could not be read: ${error.message})`,
  );
