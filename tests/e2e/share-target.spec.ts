/**
 * Journey: on Android the owner shares an export file to the installed app. The share sheet POSTs
 * it to the manifest's share target; the service worker keeps it and opens the Sync screen, which
 * checks the file and previews it like a chosen one: nothing changes until Import is pressed. A
 * broken file shared the same way is refused with its problems, and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SyncPage } from './pages/sync-page';
import { waitForServiceWorker } from './support/service-worker';

const fixture = 'tests/fixtures/export-v1.json';

/** Whether the shared file is still waiting in the worker's storage. */
const fileWaiting = (sync: SyncPage) =>
  sync.page.evaluate(() => caches.has('goodwill-ledger-shared-file'));

test('a file shared to the app opens in the import preview; a broken one is refused and changes nothing', async ({
  page,
}) => {
  const sync = new SyncPage(page);
  await page.goto('/#/sync');
  await expect(sync.heading('Sync and backup')).toBeVisible();
  await waitForServiceWorker(page);
  const empty = await sync.dump();

  // A good file: the preview shows what is in it, and nothing is written yet.
  const action = await sync.shareFile(fixture);
  expect(new URL(action).pathname).toBe('/share-target');
  await expect(sync.preview()).toBeVisible();
  await expect(sync.preview().getByText(/From Laptop, exported/)).toBeVisible();
  expect(await sync.counts('People')).toEqual(['3', '0', '0', '1']);
  expect(await sync.counts('Jobs')).toEqual(['1', '0', '0', '0']);
  expect(await sync.counts('Payments')).toEqual(['1', '0', '0', '0']);
  expect(await sync.counts('Worksheets')).toEqual(['1', '0', '0', '0']);
  // Taken once: out of storage and out of the address, so a reload does not offer it again.
  await expect(page).toHaveURL(/#\/sync$/);
  expect(await fileWaiting(sync)).toBe(false);
  expect(await sync.dump()).toBe(empty);

  // Confirmed, it is imported like any other file.
  await sync.apply();
  const imported = await sync.dump();
  expect(imported).not.toBe(empty);
  await sync.nav('People').click();
  await expect(page.getByRole('main').getByRole('link', { name: /Ada Client/ })).toBeVisible();

  // A broken file: refused with its problem, and nothing changes.
  const broken = JSON.parse(readFileSync(fixture, 'utf8')) as {
    parties: Record<string, unknown>[];
  };
  broken.parties[0]!.termsNetDays = 14.5;
  await sync.shareFile({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('edited.json cannot be imported, and nothing was changed');
  await expect(alert).toContainText('parties[0].termsNetDays: expected a whole number of days');
  await expect(sync.preview()).toHaveCount(0);
  expect(await fileWaiting(sync)).toBe(false);
  expect(await sync.dump()).toBe(imported);

  // Opening the shared address with nothing shared says so, and changes nothing.
  await page.goto('/#/sync?shared=1');
  await expect(page.getByRole('alert')).toHaveText(
    'No shared file arrived. Share the file again, or choose it here. Nothing was changed.',
  );
  expect(await sync.dump()).toBe(imported);
});
