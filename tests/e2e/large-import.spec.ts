/**
 * Journey: importing a large file. The file is parsed and checked in a Web Worker, started as the
 * Sync screen opens so that choosing a file does not wait for it; the page stays usable while a
 * progress bar says how far the import has got; the write shows its own progress and ends with the
 * counts. Offline, the worker comes from the service worker's cache and the import works the same.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { SyncPage } from './pages/sync-page';
import { largeLedger } from './support/large-ledger';
import { builtApp, waitForServiceWorker } from './support/service-worker';
import { StaticServer } from './support/static-server';

const JOBS = 30_000;

/** The progress bar of a phase, by the words under it. */
const progress = (page: Page, label: RegExp) =>
  page
    .getByRole('status')
    .filter({ has: page.getByRole('progressbar') })
    .filter({ hasText: label });

test('a large file is read in a worker with a progress bar while the page stays usable', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath('large-import.json');
  writeFileSync(file, largeLedger(JOBS).text);

  await page.goto('/');
  const sync = new SyncPage(page);
  // The reading worker starts as the Sync screen opens, so a chosen file need not wait for it.
  const worker = page.waitForEvent('worker');
  await sync.open();
  expect((await worker).url()).toMatch(/read-worker/);
  await sync.chooseFile(file);

  // While the worker reads, the page answers: the bar shows and the owner can type.
  await expect(progress(page, /Reading the file|Checking every record/)).toBeVisible();
  await sync.setDeviceName('Office laptop');
  await expect(page.getByLabel('This device’s name')).toHaveValue('Office laptop');

  await expect(sync.preview()).toBeVisible({ timeout: 60_000 });
  expect(await sync.counts('Jobs')).toEqual(['30000', '0', '0', '0']);
  await sync.preview().getByRole('button', { name: 'Import', exact: true }).click();
  await expect(progress(page, /Importing/)).toBeVisible();
  await expect(page.getByText(/^Import finished:/)).toBeVisible({ timeout: 90_000 });
  await expect(progress(page, /./)).toHaveCount(0);

  // The same file again: every record read, checked and compared, nothing to write.
  await sync.chooseFile(file);
  await expect(sync.preview()).toBeVisible({ timeout: 60_000 });
  await expect(sync.preview()).toContainText('there is nothing to import');
});

test('offline, the import still reads its file in the worker the service worker keeps', async ({
  context,
}, testInfo) => {
  const file = testInfo.outputPath('small-import.json');
  writeFileSync(file, largeLedger(40, 5).text);
  const server = new StaticServer(builtApp);
  const origin = await server.start();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await expect(new AppShell(page).heading('Who owes me')).toBeVisible();
    await waitForServiceWorker(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cached.some((url) => /\/assets\/read-worker-[\w-]+\.js$/.test(url))).toBe(true);

    await server.stop();
    await context.setOffline(true);
    await page.reload();
    const sync = new SyncPage(page);
    const worker = page.waitForEvent('worker');
    await sync.open();
    expect((await worker).url()).toMatch(/read-worker/);
    await sync.chooseFile(file);
    await expect(sync.preview()).toBeVisible();
    expect(await sync.counts('Jobs')).toEqual(['40', '0', '0', '0']);
    await sync.apply();
  } finally {
    await context.setOffline(false);
    await server.stop();
  }
});
