#!/usr/bin/env node
// Measures the built web client:
//  1. the initial JavaScript (the entry script and the modules index.html preloads), gzipped;
//  2. the time until a counsellor's caseload is interactive on localhost: the built server is
//     started as the e2e tests start it, the counsellor signs in, then each run navigates to
//     /caseload (a full page load: session refresh, code, data) and waits until the caseload
//     table (or its empty message) is visible. Reported from navigation start, in the page's
//     own clock (performance.now()).
//
// Usage (after `node tools/build-api.mjs && npx nx run web:build`):
//   node tools/measure-web.mjs            # both
//   node tools/measure-web.mjs --size     # size only, no server
//   node tools/measure-web.mjs --runs 10
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, demoUsers, signIn } from '../test/e2e/support/browser.mjs';
import { startBuiltServer, workspaceRoot } from '../test/e2e/support/built-server.mjs';

const BUDGET_KB = 250;
const args = process.argv.slice(2);
const sizeOnly = args.includes('--size');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const webDir = path.join(workspaceRoot, 'dist/apps/web');

async function initialJavaScript() {
  const html = await readFile(path.join(webDir, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const files = [...new Set([...entry, ...preloads])];
  const sizes = [];
  for (const file of files) {
    const content = await readFile(path.join(webDir, file.replace(/^\//, '')));
    sizes.push({ file, raw: content.length, gzip: gzipSync(content).length });
  }
  return sizes;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function caseloadTimes() {
  const server = await startBuiltServer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, server.url, demoUsers.counsellor);
    const caseloadShown = async () => {
      await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="caseload-row"], [role="status"]').first().waitFor({ timeout: 30_000 });
      return page.evaluate(() => performance.now());
    };
    const times = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${server.url}/caseload`, { waitUntil: 'commit' });
      times.push(await caseloadShown());
    }
    const rows = await page.locator('[data-testid="caseload-row"]').count();
    return { times, rows };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const sizes = await initialJavaScript();
const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
console.log('Initial JavaScript (index.html entry + modulepreload), gzipped:');
for (const size of sizes)
  console.log(`  ${size.file.padEnd(48)} ${kb(size.raw).padStart(8)} kB raw  ${kb(size.gzip).padStart(7)} kB gzip`);
console.log(
  `  ${'total'.padEnd(48)} ${kb(sizes.reduce((s, x) => s + x.raw, 0)).padStart(8)} kB raw  ${kb(total).padStart(7)} kB gzip  (budget ${BUDGET_KB} kB: ${total / 1024 <= BUDGET_KB ? 'within' : 'OVER'})`,
);

if (!sizeOnly) {
  console.log(`\nStarting the built server and Chromium; ${runs} loads of /caseload as ${demoUsers.counsellor} …`);
  const { times, rows } = await caseloadTimes();
  console.log(`Caseload interactive (navigation start → caseload list visible, ${rows} residents):`);
  console.log(`  runs: ${times.map((t) => `${Math.round(t)} ms`).join(', ')}`);
  console.log(`  first: ${Math.round(times[0])} ms, median: ${Math.round(median(times))} ms`);
}
