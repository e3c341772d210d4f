/**
 * Journey: a full walk through the app (every screen, a client with a contact, a job, a payment
 * and its edit, settings) while watching every request the browser makes, the service worker's
 * included. None leaves the app's own origin, and the Content-Security-Policy that says so (meta
 * tag and response header) is never violated. Another site cannot frame the app.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { AppShell, daysAgo } from './pages/app-shell';
import { JobFormPage } from './pages/job-pages';
import { PaymentFormPage } from './pages/payment-form-page';
import { waitForServiceWorker } from './support/service-worker';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('nothing leaves the origin and the Content-Security-Policy holds', async ({
  context,
  page,
}) => {
  const requests: string[] = [];
  // The context sees the service worker's own fetches too, not only the page's.
  context.on('request', (request) => requests.push(request.url()));
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const response = await page.goto('/');
  const origin = new URL(page.url()).origin;
  const app = new AppShell(page);
  await expect(app.heading('Who owes me')).toBeVisible();
  await waitForServiceWorker(page);

  // The policy, as a response header (with frame-ancestors) and as a meta tag for any host.
  const header = response!.headers()['content-security-policy'] ?? '';
  const meta = (await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')) as string;
  for (const policy of [header, meta]) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  }
  expect(header).toContain("frame-ancestors 'none'");
  // The page's one inline script (the early question of src/state/nothing-stored.ts) runs because
  // the policy names it by its hash, and nothing but it.
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
  for (const policy of [header, meta]) {
    expect(policy).toMatch(new RegExp(`script-src 'self' 'sha256-${escapeRegExp(hash)}';`));
  }

  // A client, edited, with a reminder logged.
  await app.nav('People').click();
  await page.getByRole('link', { name: 'Add client' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Lighthouse Books');
  await page.getByLabel('Email').fill('accounts@lighthouse.example');
  await app.save();
  await expect(app.heading('Lighthouse Books')).toBeVisible();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Phone').fill('555 0199');
  await app.save();
  await page.getByRole('button', { name: 'Reminder sent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reminder sent' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // A job and a payment, then the payment edited.
  await page.getByRole('link', { name: 'New job' }).click();
  await new JobFormPage(page).create({
    client: 'Lighthouse Books',
    title: 'Shelving for the back room',
    amount: '1,200',
    orderedOn: daysAgo(40),
    doneOn: daysAgo(35),
    invoicedOn: daysAgo(34),
    status: 'Invoiced',
  });
  await page.getByRole('link', { name: 'Record payment' }).click();
  await new PaymentFormPage(page).pay({ amount: '500', method: 'Cheque' });
  await app.nav('Jobs').click();
  await expect(app.heading('Jobs')).toBeVisible();
  await page
    .getByRole('link', { name: 'Overdue only' })
    .or(page.getByRole('button', { name: 'Overdue only' }))
    .first()
    .click();
  await app.nav('Payments').click();
  await page
    .getByRole('main')
    .getByRole('link', { name: /Lighthouse Books/ })
    .click();
  await page.getByLabel('Amount', { exact: true }).fill('600');
  await app.save();
  await expect(app.heading('Edit payment')).toHaveCount(0);

  // Settings, and the home screen with figures.
  await app.nav('Settings').click();
  await page.getByLabel('Business name').fill('Tidewater Joinery');
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await app.save();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await app.nav('Home').click();
  await expect(page.getByText('Hello, Tidewater Joinery')).toBeVisible();
  await page.reload();
  await expect(app.heading('Who owes me')).toBeVisible();

  expect(requests.length).toBeGreaterThan(5);
  const elsewhere = requests.filter(
    (url) => new URL(url).origin !== origin && !/^(data|blob):/.test(url),
  );
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);

  // Another site cannot put the app in a frame (frame-ancestors, from the header).
  const framer = await context.newPage();
  await framer.goto('about:blank');
  await framer.setContent(`<iframe title="framed" src="${origin}/"></iframe>`);
  // Chromium replaces a refused frame with its error page.
  await expect.poll(() => framer.frames()[1]?.url()).toBe('chrome-error://chromewebdata/');
});
