/**
 * Journey: everyone can use every screen. With the demo business loaded, axe-core checks each
 * screen (and every step of each of the four worksheets, the open dialogs, the charts' tables and an
 * import preview) against WCAG 2.1 A and AA, in the light theme and in the dark one; then the main
 * screens are checked for sideways scrolling with text at 200 % and on a 360 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { WorksheetPage } from './pages/worksheet-pages';
import { bulkWrite } from './support/slow-work';

// Loading the demo and scanning some thirty screens twice takes a while.
test.describe.configure({ timeout: 300_000 });

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Scans the page as it is now and returns one line per violation, naming where it is. */
async function scan(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  return violations.map(
    (v) =>
      `${where}: ${v.id} — ${v.help} — ${v.nodes
        .slice(0, 4)
        .map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`,
        )
        .join(' | ')}`,
  );
}

/** Goes to a screen by its address and waits for its level-one heading. */
async function visit(page: Page, hash: string, heading?: string | RegExp) {
  await page.evaluate((h) => (location.hash = h), hash);
  const h1 = page.getByRole('heading', { level: 1 });
  if (heading) await expect(h1).toHaveText(heading);
  else await expect(h1).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

async function loadDemo(page: Page) {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Explore a demo business' }).click();
  await expect(page.getByText('The demo business is loaded. Have a look around.')).toBeVisible(
    bulkWrite,
  );
  await expect(page.getByTestId('home-owed')).toBeVisible();
}

/** The id in the address of the first row of a list screen, e.g. the first client. */
async function firstRowId(page: Page, section: string): Promise<string> {
  const href = await page
    .locator(`main a[href^="#/${section}/"]:not([href*="/new"])`)
    .first()
    .getAttribute('href', { timeout: 10_000 });
  const id = new RegExp(`#/${section}/([^/?]+)`).exec(href ?? '')?.[1];
  if (!id) throw new Error(`no ${section} row`);
  return id;
}

const templates = [
  'forgive_or_pursue',
  'keep_or_part',
  'who_pays_whom',
  'warn_before_slowing',
] as const;

/** Every screen but the worksheets, with their dialogs, forms with errors and chart tables. */
async function scanScreens(page: Page, check: (where: string) => Promise<void>) {
  // Home, with every chart drawn and its numbers shown.
  await visit(page, '#/', 'Who owes me');
  for (const name of ['flow', 'slowest', 'goodwill'] as const) {
    const chart = page.getByTestId(`${name}-chart`);
    await chart.scrollIntoViewIfNeeded();
    // What the chart says in words, and its numbers, are what the scan reads (the drawing is
    // hidden from assistive technology; insights.spec.ts compares it with a baseline).
    await expect(chart.locator('figcaption')).toHaveText(/\d/);
    await chart.getByText('Show the numbers').click();
    await expect(chart.getByRole('table').locator('tbody tr').first()).toBeVisible();
  }
  await check('home');

  await visit(page, '#/people', 'Clients');
  await check('clients');
  const client = await firstRowId(page, 'people');
  await page.getByLabel('Search', { exact: true }).fill('a');
  await check('clients, searched');
  await visit(page, '#/people?kind=subcontractor', 'Subcontractors');
  await check('subcontractors');

  await visit(page, `#/people/${client}`);
  await check('client');
  await page.getByRole('group', { name: 'Log a contact' }).getByRole('button').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('client, log a contact dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await visit(page, `#/people/${client}/edit`);
  await check('client form');
  await visit(page, '#/people/new?kind=client', 'New client');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await check('new client form with errors');

  await visit(page, '#/jobs', 'Jobs');
  await check('jobs');
  const job = await firstRowId(page, 'jobs');
  await visit(page, `#/jobs/${job}`);
  await check('job');
  await visit(page, `#/jobs/${job}/edit`);
  await page.getByText('More details').click();
  await check('job form');
  await visit(page, '#/jobs/new', 'New job');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await check('new job form with errors');

  await visit(page, '#/payments', 'Payments');
  await check('payments');
  await visit(page, '#/payments/new', 'Record a payment');
  await page.getByLabel('Amount', { exact: true }).fill('12');
  await check('payment form');

  await visit(page, '#/worksheets');
  await check('worksheets');
  await visit(page, '#/worksheets/decide');
  await check('needs a decision');

  await visit(page, '#/sync', 'Sync and backup');
  await check('sync');
  await page.getByLabel('Choose a file').setInputFiles('tests/fixtures/export-v1.json');
  await expect(page.getByRole('region', { name: 'What the import will do' })).toBeVisible();
  await check('sync, import preview');

  await visit(page, '#/settings', 'Settings');
  await check('settings');

  // The wide layout (the sidebar) and the keyboard shortcuts' help dialog.
  const phone = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await visit(page, '#/people', 'Clients');
  await check('clients, wide');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await check('keyboard shortcuts dialog');
  await page.keyboard.press('Escape');
  if (phone) await page.setViewportSize(phone);
}

/** Each of the four worksheets at each step; one is recorded, to see its follow-up. */
async function scanWorksheets(page: Page, check: (where: string) => Promise<void>) {
  const ws = new WorksheetPage(page);
  for (const template of templates) {
    await visit(page, `#/worksheets/new?template=${template}`);
    await page.getByLabel('About', { exact: true }).selectOption({ index: 1 });
    await check(`${template}: start`);
    await ws.startHere();
    await check(`${template}: facts`);
    await ws.next();
    await expect(ws.stepHeading('Questions')).toBeVisible();
    await check(`${template}: questions`);
    await ws.next();
    await expect(ws.stepHeading('Result')).toBeVisible();
    await check(`${template}: result`);
    await ws.next();
    await expect(ws.stepHeading('Decision')).toBeVisible();
    await check(`${template}: decision`);
    if (template === 'forgive_or_pursue') {
      await page
        .getByRole('group', { name: 'What will you do?' })
        .getByRole('radio')
        .first()
        .check();
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check(`${template}: confirm dialog`);
      await ws.confirm();
      await expect(page.getByTestId('decided')).toBeVisible();
      await check(`${template}: follow-up`);
    }
  }
}

for (const theme of ['light', 'dark'] as const) {
  for (const [part, scanPart] of [
    ['every screen', scanScreens],
    ['every worksheet step', scanWorksheets],
  ] as const) {
    test(`${part} passes axe in the ${theme} theme`, async ({ page }) => {
      await loadDemo(page);
      await useTheme(page, theme);
      const found: string[] = [];
      await scanPart(page, async (where) => {
        const violations = await scan(page, `${theme}, ${where}`);
        // Said at once, so a run that stops early still tells what it found.
        for (const v of violations) console.log(v);
        found.push(...violations);
      });
      expect(found).toEqual([]);
    });
  }
}

/** Light through the system preference ("Same as this device"); dark chosen in Settings. */
async function useTheme(page: Page, theme: 'light' | 'dark') {
  // The system says light either way; for dark the owner chooses it in Settings, and it wins.
  await page.emulateMedia({ colorScheme: 'light' });
  if (theme === 'dark') {
    await visit(page, '#/settings', 'Settings');
    await page.getByLabel('Theme').selectOption({ label: 'Dark' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
  }
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe(theme === 'light' ? 'rgb(246, 247, 245)' : 'rgb(18, 22, 20)');
}

test('the dark theme follows the system when the setting is "Same as this device"', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/settings');
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  const colours = () =>
    page.evaluate(() => {
      const body = getComputedStyle(document.documentElement);
      return [body.backgroundColor, body.color];
    });
  expect(await colours()).toEqual(['rgb(18, 22, 20)', 'rgb(232, 236, 233)']);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await colours()).toEqual(['rgb(246, 247, 245)', 'rgb(27, 31, 29)']);
});

/** How far the page scrolls sideways beyond the window, in CSS pixels (0 when it fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return Math.max(0, root.scrollWidth - window.innerWidth);
  });
}

/** The main screens' addresses, with the demo's first client and job. */
async function mainScreens(page: Page): Promise<string[]> {
  await visit(page, '#/people', 'Clients');
  const client = await firstRowId(page, 'people');
  await visit(page, '#/jobs', 'Jobs');
  const job = await firstRowId(page, 'jobs');
  return [
    '#/',
    '#/people',
    `#/people/${client}`,
    `#/people/${client}/edit`,
    '#/jobs',
    `#/jobs/${job}`,
    '#/jobs/new',
    '#/payments',
    '#/payments/new',
    '#/worksheets',
    '#/worksheets/decide',
    '#/worksheets/new',
    '#/sync',
    '#/settings',
  ];
}

test('no screen scrolls sideways with text at 200 % or on a 360 px phone', async ({ page }) => {
  const shell = new AppShell(page);
  await loadDemo(page);
  const screens = await mainScreens(page);
  const overflowing: string[] = [];
  for (const [width, zoom] of [
    [360, '100%'],
    [720, '200%'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate((z) => (document.documentElement.style.fontSize = z), zoom);
    for (const hash of screens) {
      await visit(page, hash);
      const over = await sidewaysOverflow(page);
      if (over > 0) overflowing.push(`${hash} at ${width} px, text ${zoom}: ${over} px too wide`);
    }
  }
  await expect(shell.nav('Home')).toBeVisible();
  expect(overflowing).toEqual([]);
});

/** Controls on screen smaller than 44 × 44 px, as "tag “text” width×height". */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, select, textarea, input:not([type=checkbox], [type=radio], [type=file]), .button, a.row, nav a, .filters a, summary, label:has(> input[type=checkbox], > input[type=radio])',
      ),
    ]
      .filter((el) => el.checkVisibility() && !el.closest('.skip-link'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 1 && (box.height < 43.5 || box.width < 43.5))
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

test('every control on a phone is at least 44 px tall and wide', async ({ page }) => {
  await loadDemo(page);
  const small: string[] = [];
  for (const hash of await mainScreens(page)) {
    await visit(page, hash);
    small.push(...(await smallTargets(page)).map((f) => `${hash}: ${f}`));
  }
  // A worksheet at each step: answers, changed facts, weights and the decision.
  const ws = new WorksheetPage(page);
  await visit(page, '#/worksheets/new?template=forgive_or_pursue');
  await page.getByLabel('About', { exact: true }).selectOption({ index: 1 });
  await ws.startHere();
  for (const step of ['facts', 'questions', 'result', 'decision']) {
    if (step !== 'facts') {
      await ws.next();
      await expect(ws.stepHeading(step[0]!.toUpperCase() + step.slice(1))).toBeVisible();
    }
    small.push(...(await smallTargets(page)).map((f) => `worksheet ${step}: ${f}`));
  }
  expect(small).toEqual([]);
});
