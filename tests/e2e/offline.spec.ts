/**
 * Journey: no signal. After one visit the service worker holds the whole app; then the web server
 * stops and the network goes away. Every main screen still opens; a client, a job and a payment
 * are added and edited; and a new page in the same browser, still offline, has them all.
 */
import { expect, test } from '@playwright/test';
import { AppShell, daysAgo } from './pages/app-shell';
import { JobFormPage } from './pages/job-pages';
import { PaymentFormPage } from './pages/payment-form-page';
import { builtApp, waitForServiceWorker } from './support/service-worker';
import { StaticServer } from './support/static-server';

const offlineNotice = 'You’re offline — everything still works and is saved on this device.';

test('after one visit the app works with the server stopped and the network gone', async ({
  context,
}) => {
  const server = new StaticServer(builtApp);
  const origin = await server.start();
  try {
    const page = await context.newPage();
    const app = new AppShell(page);
    await page.goto(`${origin}/`);
    await expect(app.heading('Who owes me')).toBeVisible();
    await expect(page.getByText(offlineNotice)).toHaveCount(0);
    await waitForServiceWorker(page);

    // Really offline: nothing answers, not even for the service worker.
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(app.heading('Who owes me')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'offline' })).toHaveText(offlineNotice);

    // Every main screen renders.
    const screens = [
      ['People', 'Clients'],
      ['Jobs', 'Jobs'],
      ['Payments', 'Payments'],
      ['Settings', 'Settings'],
      ['Home', 'Who owes me'],
    ] as const;
    for (const [link, heading] of screens) {
      await app.nav(link).click();
      await expect(app.heading(heading)).toBeVisible();
    }

    // A client, added and edited.
    await app.nav('People').click();
    await page.getByRole('link', { name: 'Add client' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Harbour Bakery');
    await app.save();
    await expect(app.heading('Harbour Bakery')).toBeVisible();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Phone').fill('555 0100');
    await app.save();
    await expect(page.getByRole('link', { name: '555 0100' })).toBeVisible();

    // A job for them, added and edited.
    await page.getByRole('link', { name: 'New job' }).click();
    await new JobFormPage(page).create({
      client: 'Harbour Bakery',
      title: 'Fix the oven',
      amount: '400',
      orderedOn: daysAgo(3),
    });
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByLabel('What is the job?', { exact: true }).fill('Fix the big oven');
    await app.save();
    await expect(app.heading('Fix the big oven')).toBeVisible();

    // A payment for it, recorded and edited.
    await page.getByRole('link', { name: 'Record payment' }).click();
    await expect(app.heading('Record a payment')).toBeVisible();
    await new PaymentFormPage(page).pay({ amount: '150', method: 'Cash' });
    await expect(app.heading('Record a payment')).toHaveCount(0);
    await app.nav('Payments').click();
    await page
      .getByRole('main')
      .getByRole('link', { name: /Harbour Bakery/ })
      .click();
    await expect(app.heading('Edit payment')).toBeVisible();
    await page.getByLabel('Amount', { exact: true }).fill('175');
    await app.save();
    await expect(app.heading('Edit payment')).toHaveCount(0);

    // A new page in the same browser, still with no server and no network: it is all there.
    await page.close();
    const again = await context.newPage();
    const next = new AppShell(again);
    await again.goto(`${origin}/#/people`);
    await expect(next.heading('Clients')).toBeVisible();
    await expect(again.getByRole('status').filter({ hasText: 'offline' })).toHaveText(
      offlineNotice,
    );
    await again
      .getByRole('main')
      .getByRole('link', { name: /Harbour Bakery/ })
      .click();
    await expect(again.getByRole('link', { name: '555 0100' })).toBeVisible();
    await next.nav('Jobs').click();
    await expect(
      again.getByRole('main').getByRole('link', { name: /Fix the big oven/ }),
    ).toBeVisible();
    await next.nav('Payments').click();
    await expect(again.getByRole('main').getByText(/175\.00/)).toBeVisible();
  } finally {
    await server.stop();
  }
});
