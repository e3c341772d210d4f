/**
 * Journey: a phone and a laptop kept in step by files. Two browser profiles are two devices. The
 * phone adds clients and sends them over; then, offline, each device edits different fields of the
 * same client and adds records of its own; files go both ways (one encrypted), the preview says
 * what will change and who wins, an undo puts the laptop back exactly, and in the end both devices
 * hold identical data. A broken file is refused with its problems listed and nothing changed.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SyncPage } from './pages/sync-page';
import { waitForServiceWorker } from './support/service-worker';

async function device(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The journey goes offline later: every screen's code must be in the worker's cache by then (a
  // CI run once went offline before it was, and the people list could not load).
  await waitForServiceWorker(page);
  return { context, page, sync: new SyncPage(page) };
}

async function addClient(page: Page, name: string, phone = '') {
  await page.evaluate(() => (location.hash = '#/people/new?kind=client'));
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (phone) await page.getByLabel('Phone').fill(phone);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

async function editClient(page: Page, name: string, field: 'Phone' | 'Notes', value: string) {
  await page.evaluate(() => (location.hash = '#/people'));
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(name) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
  await page.getByLabel(field).fill(value);
  await page.getByRole('button', { name: 'Save' }).click();
  // Exact: the edit form's own heading ("Edit …") also holds the name, and the save is done only
  // when the record's page is back.
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

test('two devices exchange files both ways and end with identical data; undo restores exactly', async ({
  browser,
  baseURL,
}, testInfo) => {
  // Two devices, five exchanges and three 600,000-round key derivations: a long journey.
  test.setTimeout(180_000);
  const phone = await device(browser, baseURL);
  const laptop = await device(browser, baseURL);
  const file = (name: string) => testInfo.outputPath(name);

  // The phone starts: two clients, sent to the laptop.
  await addClient(phone.page, 'Ada Lovelace', '555 0100');
  await addClient(phone.page, 'Harbour Bakery');
  await phone.sync.open();
  await expect(phone.page.getByText(/You have not exported from this device yet/)).toBeVisible();
  await phone.sync.setDeviceName('Phone');
  const first = await phone.sync.exportFile(file('first.json'));
  expect(first.suggestedFilename()).toMatch(/^goodwill-ledger-phone-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(phone.page.getByText(/^Last export: today, /)).toBeVisible();

  await laptop.sync.open();
  await laptop.sync.setDeviceName('Laptop');
  await laptop.sync.chooseFile(file('first.json'));
  await expect(laptop.sync.preview()).toBeVisible();
  await expect(laptop.sync.preview().getByText('From Phone, exported today')).toBeVisible();
  expect(await laptop.sync.counts('Clients')).toEqual(['2', '0', '0', '0']);
  // Folded until asked: then each new client is listed by name.
  await expect(laptop.sync.preview().getByText('Ada Lovelace')).toHaveCount(0);
  const fresh = await laptop.sync.unfold('Clients', 'New');
  // Listed in the file's order, which follows the records' random ids: compare as a set.
  await expect(fresh.getByRole('listitem')).toHaveCount(2);
  const named = (await fresh.getByRole('listitem').allTextContents()).map((n) => n.trim()).sort();
  expect(named).toEqual(['Ada Lovelace', 'Harbour Bakery']);
  await laptop.sync.apply();
  expect(await laptop.sync.dump()).toBe(await phone.sync.dump());

  // Offline from here on: each edits a different field of Ada and adds records of its own.
  await phone.context.setOffline(true);
  await laptop.context.setOffline(true);
  await editClient(phone.page, 'Ada Lovelace', 'Phone', '555 0199');
  await addClient(phone.page, 'Phone Only Plumbing');
  await editClient(laptop.page, 'Ada Lovelace', 'Notes', 'Prefers email.');
  await addClient(laptop.page, 'Laptop Only Joinery', '555 0300');

  // Phone → laptop, encrypted this time.
  await phone.sync.open();
  await phone.sync.exportFile(file('second.json'), 'correct horse battery');
  await laptop.sync.open();
  const beforeImport = await laptop.sync.dump();
  await laptop.sync.chooseFile(file('second.json'));
  await expect(laptop.page.getByText('second.json is encrypted.', { exact: false })).toBeVisible();
  await laptop.page.getByLabel('Passphrase', { exact: true }).fill('wrong horse');
  await laptop.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(laptop.page.getByText('That passphrase is wrong.', { exact: false })).toBeVisible();
  expect(await laptop.sync.dump()).toBe(beforeImport);
  await laptop.page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await laptop.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(laptop.sync.preview()).toBeVisible();
  expect(await laptop.sync.counts('Clients')).toEqual(['1', '1', '1', '0']);
  await expect(laptop.sync.kind('Clients')).toContainText('1 changed on both');
  const added = await laptop.sync.unfold('Clients', 'New');
  await expect(added.getByRole('listitem')).toHaveText(['Phone Only Plumbing']);
  // Ada, changed on both: each field with this device's value and the file's side by side, the
  // kept one marked, and why.
  const both = await laptop.sync.unfold('Clients', 'Changed on both devices');
  const ada = both.getByRole('listitem').filter({ hasText: 'Ada Lovelace' }).first();
  const phoneField = ada
    .getByRole('listitem')
    .filter({ has: laptop.page.getByText('Phone', { exact: true }) });
  await expect(phoneField.getByRole('definition')).toHaveText(['555 0100', '555 0199']);
  await expect(phoneField.getByRole('term').nth(1)).toHaveText(/From Phone\s*kept/);
  await expect(phoneField).toContainText('The edit on Phone is newer');
  const notesField = ada
    .getByRole('listitem')
    .filter({ has: laptop.page.getByText('Notes', { exact: true }) });
  await expect(notesField.getByRole('definition')).toHaveText(['Prefers email.', 'empty']);
  await expect(notesField.getByRole('term').first()).toHaveText(/This device\s*kept/);
  await expect(notesField).toContainText('The edit here is newer');
  await laptop.sync.apply();

  // Undo puts every record back exactly; then the same file is imported again.
  await laptop.page.getByRole('button', { name: 'Undo import' }).click();
  await expect(laptop.page.getByText('The import was undone')).toBeVisible();
  expect(await laptop.sync.dump()).toBe(beforeImport);
  await laptop.sync.chooseFile(file('second.json'));
  await laptop.page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await laptop.page.getByRole('button', { name: 'Unlock' }).click();
  await laptop.sync.apply();

  // Laptop → phone, in the clear.
  await laptop.sync.exportFile(file('third.json'));
  await phone.sync.chooseFile(file('third.json'));
  await expect(phone.sync.preview().getByText('From Laptop, exported today')).toBeVisible();
  await phone.sync.apply();

  // Both devices now hold exactly the same records, and show Ada with both edits.
  expect(await phone.sync.dump()).toBe(await laptop.sync.dump());
  for (const { page } of [phone, laptop]) {
    await page.evaluate(() => (location.hash = '#/people'));
    const list = page.getByRole('main').getByRole('list');
    for (const name of [
      'Ada Lovelace',
      'Harbour Bakery',
      'Phone Only Plumbing',
      'Laptop Only Joinery',
    ]) {
      await expect(list.getByRole('link', { name: new RegExp(name) })).toBeVisible();
    }
    await list.getByRole('link', { name: /Ada Lovelace/ }).click();
    await expect(page.getByText('555 0199')).toBeVisible();
    await expect(page.getByText('Prefers email.')).toBeVisible();
  }

  // Importing the same file again changes nothing.
  await phone.sync.open();
  const settled = await phone.sync.dump();
  await phone.sync.chooseFile(file('third.json'));
  await expect(
    phone.page.getByText('This device already has everything in the file'),
  ).toBeVisible();
  expect(await phone.sync.dump()).toBe(settled);

  await phone.context.close();
  await laptop.context.close();
});

test('a broken file is refused with its problems and changes nothing; HTML in a file stays text', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { page, sync, context } = await device(browser, baseURL);
  await addClient(page, 'Ada Lovelace', '555 0100');
  await sync.open();
  await sync.exportFile(testInfo.outputPath('good.json'));
  const before = await sync.dump();
  const good = readFileSync(testInfo.outputPath('good.json'), 'utf8');
  const choose = (name: string, text: string) =>
    page.getByLabel('Choose a file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });

  const broken = JSON.parse(good) as { parties: Record<string, unknown>[] };
  broken.parties[0]!.termsNetDays = 14.5;
  broken.parties[0]!.createdAt = 'yesterday';
  await choose('edited.json', JSON.stringify(broken));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('edited.json cannot be imported, and nothing was changed');
  await expect(alert).toContainText('parties[0].termsNetDays: expected a whole number of days');
  await expect(alert).toContainText('parties[0].createdAt: expected a date and time');

  await choose('cut.json', good.slice(0, good.length / 2));
  await expect(alert).toContainText('The file ends too early');
  await choose('notes.json', '{"title": "shopping list", "items": ["milk"]}');
  await expect(alert).toContainText('This file was not exported by Goodwill Ledger.');
  expect(await sync.dump()).toBe(before);

  // A client whose name is markup arrives as a name, shown as text and never run.
  const html = '<img src=x onerror="document.title=`pwned`">';
  const withHtml = JSON.parse(good) as { parties: Record<string, unknown>[] };
  withHtml.parties.push({
    ...withHtml.parties[0]!,
    id: '3f1c2b4a-5e6f-4b8e-9d61-7a0c5b525f3c',
    name: html,
  });
  await choose('html.json', JSON.stringify(withHtml));
  await sync.apply();
  await page.evaluate(() => (location.hash = '#/people'));
  await expect(page.getByRole('main').getByText(html)).toBeVisible();
  expect(await page.title()).not.toBe('pwned');
  await context.close();
});
