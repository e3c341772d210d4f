/**
 * Journey: getting around without the browser's Back button, as in the installed app. With the
 * keyboard only, and again by touch: client → new job → job page → a payment → back → a worksheet →
 * back → Settings → sync export. Every screen below the top level shows a Back control that goes
 * where the owner came from; after each save, Back never lands on a blank form. A job page opened
 * in a fresh tab goes Back to the jobs list.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';

type Mode = 'keyboard' | 'touch';

/** Presses a link or button the way the mode does: Enter on it (focused), or a tap. */
async function activate(mode: Mode, target: Locator) {
  if (mode === 'touch') {
    await target.tap();
    return;
  }
  await target.focus();
  await expect(target).toBeFocused();
  await target.page().keyboard.press('Enter');
}

const backControl = (page: Page) =>
  page.getByRole('main').getByRole('link', { name: 'Back', exact: true });

/** The Back control is there, large enough to hit, and focus shows on it from the keyboard. */
async function expectBackControl(page: Page) {
  const back = backControl(page);
  await expect(back).toBeVisible();
  const box = (await back.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
}

async function goBack(mode: Mode, page: Page) {
  await expectBackControl(page);
  await activate(mode, backControl(page));
}

for (const mode of ['keyboard', 'touch'] as const) {
  test(`by ${mode}: every detail screen has a Back control, and Back never lands on a blank form`, async ({
    page,
  }) => {
    const app = new AppShell(page);
    const main = page.getByRole('main');

    // The people list is top level: no Back control there.
    await page.goto('/#/people');
    await expect(app.heading('Clients')).toBeVisible();
    await expect(backControl(page)).toHaveCount(0);

    // A client, through its form.
    await activate(mode, main.getByRole('link', { name: 'Add client' }));
    await expect(app.heading('New client')).toBeVisible();
    await expectBackControl(page);
    await page.getByLabel('Name', { exact: true }).fill('Harbour Bakery');
    await activate(mode, page.getByRole('button', { name: 'Save' }));
    await expect(app.heading('Harbour Bakery')).toBeVisible();
    const clientUrl = page.url();

    // A new job from the client's page; saved, its page takes the form's place.
    await expectBackControl(page);
    await activate(mode, main.getByRole('link', { name: 'New job' }));
    await expect(app.heading('New job')).toBeVisible();
    await expectBackControl(page);
    await page.getByLabel('What is the job?').fill('Shop sign');
    await page.getByLabel('Amount', { exact: true }).fill('1000');
    await activate(mode, page.getByRole('button', { name: 'Save' }));
    await expect(app.heading('Shop sign')).toBeVisible();
    const jobUrl = page.url();

    // A payment from the job's page; saved, Back returns to the job, not to the form.
    await expectBackControl(page);
    await activate(mode, main.getByRole('link', { name: 'Record payment' }));
    await expect(app.heading('Record a payment')).toBeVisible();
    await expectBackControl(page);
    await page.getByLabel('Amount', { exact: true }).fill('400');
    await activate(mode, page.getByRole('button', { name: 'Save' }));
    await expect(app.heading('Harbour Bakery')).toBeVisible();
    await goBack(mode, page);
    await expect(app.heading('Shop sign')).toBeVisible();
    expect(page.url()).toBe(jobUrl);

    // A worksheet started from the job; Back from it returns to the job, not to the start form.
    await activate(mode, page.getByRole('region', { name: 'Decide' }).getByRole('link').first());
    const start = page.getByRole('button', { name: 'Start' });
    await expect(start).toBeVisible();
    await expectBackControl(page);
    await activate(mode, start);
    await expect(page.getByText(/^Step 1 of \d+/)).toBeVisible();
    await goBack(mode, page);
    await expect(app.heading('Shop sign')).toBeVisible();
    expect(page.url()).toBe(jobUrl);

    // Back again: the client (the new-job form is not in the history), then the people list.
    await goBack(mode, page);
    await expect(app.heading('Harbour Bakery')).toBeVisible();
    expect(page.url()).toBe(clientUrl);
    await goBack(mode, page);
    await expect(app.heading('Clients')).toBeVisible();
    await expect(backControl(page)).toHaveCount(0);

    // Settings (top level) → sync, which has a Back control to Settings; an export from there.
    await activate(mode, app.nav('Settings'));
    await expect(app.heading('Settings')).toBeVisible();
    await expect(backControl(page)).toHaveCount(0);
    await activate(mode, main.getByRole('link', { name: 'Export now' }));
    await expect(app.heading('Sync and backup')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      activate(mode, page.getByRole('button', { name: 'Download file' })),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await goBack(mode, page);
    await expect(app.heading('Settings')).toBeVisible();
  });
}

test('a job page opened in a fresh tab goes Back to the jobs list', async ({ page, context }) => {
  const app = new AppShell(page);
  await page.goto('/#/people/new?kind=client');
  await page.getByLabel('Name', { exact: true }).fill('Castle Street Tenants');
  await app.save();
  await expect(app.heading('Castle Street Tenants')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'New job' }).click();
  await page.getByLabel('What is the job?').fill('Gutter repair');
  await page.getByLabel('Amount', { exact: true }).fill('250');
  await app.save();
  await expect(app.heading('Gutter repair')).toBeVisible();
  const jobHash = new URL(page.url()).hash;

  const fresh = await context.newPage();
  await fresh.goto(`/${jobHash}`);
  const tab = new AppShell(fresh);
  await expect(tab.heading('Gutter repair')).toBeVisible();
  await backControl(fresh).click();
  await expect(tab.heading('Jobs')).toBeVisible();
  expect(new URL(fresh.url()).hash).toBe('#/jobs');
});

test('Back from an edit saved returns to the record once, with no second copy of it behind', async ({
  page,
}) => {
  const app = new AppShell(page);
  await page.goto('/#/people');
  await page.getByRole('main').getByRole('link', { name: 'Add client' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Dana Whitfield');
  await app.save();
  await expect(app.heading('Dana Whitfield')).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Dana Whitfield-Price');
  await app.save();
  await expect(app.heading('Dana Whitfield-Price')).toBeVisible();

  // One Back: the people list, not the client's page again, nor the edit form.
  await backControl(page).click();
  await expect(app.heading('Clients')).toBeVisible();
});
