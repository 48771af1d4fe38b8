import type { Browser, Page } from 'playwright-core';
import { demoPassword, launchChromium, signIn } from './support/browser.mjs';
import { screenshot, seriousAxeViolations } from './support/page-checks.mjs';
import { e2eUrl, textOf, waitUntil } from './support/e2e-env.js';

/** R.O.T's demo manager; R.O.T has departments (Porsgrunn, Hamar, Tønsberg, Notodden). */
const manager = 'manager@rot.demo';

const figureKeys = ['meetingsHeld', 'attendances', 'namedParticipants', 'guests', 'trainingsHeld'] as const;
type FigureKey = (typeof figureKeys)[number];
type Figures = Record<FigureKey, number>;

/** Asks the API as the manager (a session of its own, beside the browser's). */
async function asManager<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const post = async (body: object, token?: string) => {
    const response = await fetch(`${e2eUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };
  const login = await post({
    query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    variables: { input: { email: manager, password: demoPassword } },
  });
  const token = (login.data?.['login'] as { accessToken: string } | undefined)?.accessToken;
  expect(token).toBeTruthy();
  const answer = await post({ query, variables }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

/** The overview's default period: from the first day of the month eleven months back to today (local). */
function defaultPeriod(now = new Date()): { from: string; to: string } {
  const iso = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return { from: iso(new Date(now.getFullYear(), now.getMonth() - 11, 1)), to: iso(now) };
}

async function apiFigures(departmentId: string | null): Promise<Figures> {
  const data = await asManager<{ programmeFigures: Figures }>(
    `query ($from: Date!, $to: Date!, $departmentId: ID) {
       programmeFigures(from: $from, to: $to, departmentId: $departmentId) { ${figureKeys.join(' ')} }
     }`,
    { ...defaultPeriod(), departmentId },
  );
  return data.programmeFigures;
}

/** The figures as the page shows them ("1,234" → 1234). */
async function shownFigures(page: Page): Promise<Figures> {
  const entries = await Promise.all(
    figureKeys.map(async (key) => [
      key,
      Number((await textOf(page.getByTestId(`programme-figure-${key}`))).replace(/[^\d]/g, '')),
    ]),
  );
  return Object.fromEntries(entries) as Figures;
}

describe('a manager filters by department', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, e2eUrl(), manager);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the organisation's programme figures, then Hamar's when Hamar is chosen", async () => {
    await page.waitForURL('**/overview');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByRole('table', { name: 'Groups and courses in the period' }).waitFor();

    const departments = await asManager<{ departments: Array<{ id: string; name: string }> }>(
      'query { departments { id name } }',
    );
    const hamar = departments.departments.find((department) => department.name === 'Hamar');
    if (!hamar) throw new Error('the R.O.T demo has no department Hamar');
    const everywhere = await apiFigures(null);
    const inHamar = await apiFigures(hamar.id);
    // Hamar holds some of R.O.T's meetings, not all: otherwise choosing it would prove nothing.
    expect(inHamar.meetingsHeld).toBeGreaterThan(0);
    expect(inHamar.meetingsHeld).toBeLessThan(everywhere.meetingsHeld);

    await waitUntil(
      async () => (await shownFigures(page)).meetingsHeld === everywhere.meetingsHeld,
      'the whole organisation is shown',
    );
    expect(await shownFigures(page)).toEqual(everywhere);

    await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Hamar' });
    await waitUntil(
      async () => (await shownFigures(page)).meetingsHeld === inHamar.meetingsHeld,
      "Hamar's figures are shown",
    );
    expect(await shownFigures(page)).toEqual(inHamar);

    await page.getByTestId('helpline-figure-contacts').waitFor();
    await page.getByRole('table', { name: 'Handouts by kind' }).waitFor();
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 30_000 });
    const violations = await seriousAxeViolations(page);
    await screenshot(page, 'overview-departments-en');
    expect(violations).toEqual([]);
  });
});
