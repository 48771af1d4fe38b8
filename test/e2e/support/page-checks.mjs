// What every e2e page visit checks and keeps: axe-core (no serious or critical violations)
// and a full-page screenshot in test-output/screenshots/.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { workspaceRoot } from './built-server.mjs';

export const screenshotDir = path.join(workspaceRoot, 'test-output/screenshots');
let axeSource;

/** Runs axe-core in the page (evaluated over DevTools, so the page's CSP does not block it). */
export async function seriousAxeViolations(page) {
  await animationsSettled(page);
  axeSource ??= await readFile(path.join(workspaceRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const alreadyThere = await page.evaluate('typeof window.axe !== "undefined"');
  if (!alreadyThere) await page.evaluate(axeSource);
  // label-content-name-mismatch is off by default (experimental): a button's accessible name must start with its visible label (WCAG 2.5.3).
  const results = await page.evaluate(
    'window.axe.run(document, { resultTypes: ["violations"], rules: { "label-content-name-mismatch": { enabled: true } } })',
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`),
    }));
}

/**
 * Bridgeway's own rule, stricter than axe's label-content-name-mismatch (which accepts the label
 * anywhere in the name): a control named by aria-label starts its name with its visible label,
 * so speech users can say what they see (WCAG 2.5.3, best practice). A label of symbols only
 * ("+", "−") is an icon, not a label. Returned in the shape of seriousAxeViolations.
 */
export async function namesNotStartingWithLabel(page) {
  const offenders = await page.evaluate(() =>
    [...document.querySelectorAll('button[aria-label], a[aria-label], [role="button"][aria-label], [role="menuitem"][aria-label], [role="link"][aria-label]')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({
        name: (element.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' '),
        label: (element.innerText ?? '').trim().replace(/\s+/g, ' '),
        html: element.outerHTML.slice(0, 120),
      }))
      .filter(({ name, label }) => /[\p{L}\p{N}]/u.test(label) && !name.toLocaleLowerCase().startsWith(label.toLocaleLowerCase())),
  );
  if (offenders.length === 0) return [];
  return [
    {
      id: 'name-starts-with-label',
      impact: 'serious',
      help: "A control's accessible name must start with its visible label",
      nodes: offenders.map(({ name, label, html }) => `${html} — name "${name}" does not start with "${label}"`),
    },
  ];
}

/**
 * Waits until no CSS transition or animation is running (a dialog fading in, a collapse opening):
 * axe measures colour contrast on what is painted, and half-faded text fails it. On a loaded CI
 * machine a 200 ms fade can still be running when the test reaches its check.
 */
export async function animationsSettled(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), null, { timeout: 10_000 });
}

export async function screenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
