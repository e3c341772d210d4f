/**
 * Journey: typing is not lost to a reload. In one tab a new job is half filled; in another, a
 * client's edit. Both tabs reload (as an app update or a sleeping tab would make them): each form
 * shows what was typed, with the "kept through the reload" notice. The job is saved, the client's
 * change is discarded, and the stored records say so; after that, a reload brings nothing back.
 * A payment being recorded keeps the job it settles, with that job's share, the same way.
 */
import { expect, test } from '@playwright/test';
import { daysAgo } from './pages/app-shell';
import { DraftNotice } from './pages/draft-notice';
import { JobFormPage, JobPage } from './pages/job-pages';
import { PaymentFormPage } from './pages/payment-form-page';
import { PartyFormPage } from './pages/people-pages';

test('a half-filled new job and a client being edited survive a reload; one is saved, one discarded', async ({
  page,
  context,
}) => {
  const people = new PartyFormPage(page);
  await page.goto('/');
  await people.addClient('Harbour Bakery', '555 0100');

  // Tab one: a new job, half filled, with a note under "More details".
  const jobs = new JobFormPage(page);
  await page.goto('/#/jobs/new');
  await expect(jobs.heading('New job')).toBeVisible();
  await jobs.field('Client').selectOption({ label: 'Harbour Bakery' });
  await jobs.field('What is the job?').fill('Fix the oven');
  await jobs.field('Amount').fill('400');
  await page.getByText('More details').click();
  await page.getByLabel(/^Notes/).fill('Side door, ring twice');

  // Tab two: the client's edit, a new phone number typed but not saved.
  const other = await context.newPage();
  const client = new PartyFormPage(other);
  await other.goto('/#/people');
  await other
    .getByRole('main')
    .getByRole('link', { name: /Harbour Bakery/ })
    .click();
  await expect(client.heading('Harbour Bakery')).toBeVisible();
  await other.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(client.field('Phone')).toHaveValue('555 0100');
  await client.field('Phone').fill('555 0199');

  await page.reload();
  await other.reload();

  // Everything typed is back, and each tab says it is not saved yet.
  const jobNotice = new DraftNotice(page);
  await expect(jobNotice.notice()).toBeVisible();
  await expect(jobs.field('Client')).toHaveValue(/.+/);
  await expect(jobs.field('Client').locator('option:checked')).toHaveText('Harbour Bakery');
  await expect(jobs.field('What is the job?')).toHaveValue('Fix the oven');
  await expect(jobs.field('Amount')).toHaveValue('400');
  // The kept note sits under "More details", which opens by itself so it is seen.
  await expect(page.getByLabel(/^Notes/)).toBeVisible();
  await expect(page.getByLabel(/^Notes/)).toHaveValue('Side door, ring twice');

  const clientNotice = new DraftNotice(other);
  await expect(clientNotice.notice()).toBeVisible();
  await expect(client.field('Phone')).toHaveValue('555 0199');

  // The client's change is not wanted: Discard puts the stored phone back, and nothing is saved.
  // Done first, while its notice is up (it leaves after 15 s; a busy machine can spend that on
  // the job's save).
  await clientNotice.discard();
  await expect(client.field('Phone')).toHaveValue('555 0100');
  await other.getByRole('link', { name: 'Cancel' }).click();
  await expect(client.heading('Harbour Bakery')).toBeVisible();
  await expect(other.getByRole('link', { name: '555 0100' })).toBeVisible();
  await expect(other.getByText('555 0199')).toHaveCount(0);

  // The job is wanted: saved, with what was typed before the reload.
  await jobs.save();
  await expect(jobs.heading('Fix the oven')).toBeVisible();
  await expect(page.getByTestId('job-amount')).toHaveText(/400\.00/);
  await expect(page.getByText('Side door, ring twice')).toBeVisible();

  // Saved and discarded drafts are gone: reloading the forms shows only what is stored.
  await other.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(client.field('Phone')).toHaveValue('555 0100');
  await other.reload();
  await expect(client.field('Phone')).toHaveValue('555 0100');
  await expect(clientNotice.notice()).toHaveCount(0);

  await page.goto('/#/jobs/new');
  await expect(jobs.field('What is the job?')).toHaveValue('');
  await page.reload();
  await expect(jobs.field('What is the job?')).toHaveValue('');
  await expect(jobNotice.notice()).toHaveCount(0);
  // An untouched form keeps nothing: still nothing after another reload.
  await page.reload();
  await expect(jobs.heading('New job')).toBeVisible();
  await expect(jobNotice.notice()).toHaveCount(0);
});

test('a payment being recorded keeps its amount, reference and ticked job through a reload', async ({
  page,
}) => {
  await page.goto('/');
  await new PartyFormPage(page).addClient('Quayside Café');
  await page.getByRole('link', { name: 'New job' }).click();
  await new JobFormPage(page).create({
    client: 'Quayside Café',
    title: 'New shelves',
    amount: '400',
    orderedOn: daysAgo(2),
  });
  await new JobPage(page).recordPayment();

  const payment = new PaymentFormPage(page);
  const job = page.getByLabel('New shelves', { exact: true });
  await expect(job).toBeChecked();
  await payment.amount().fill('150');
  await page.getByLabel(/^Reference/).fill('Cheque 118');
  await page.reload();

  await expect(new DraftNotice(page).notice()).toBeVisible();
  await expect(payment.amount()).toHaveValue('150');
  await expect(page.getByLabel(/^Reference/)).toHaveValue('Cheque 118');
  await expect(job).toBeChecked();
  await expect(page.getByLabel('Amount for “New shelves”')).toHaveValue('150.00');

  await payment.save();
  await expect(payment.heading('Quayside Café')).toBeVisible();
  await payment.nav('Payments').click();
  await expect(page.getByRole('main').getByText(/150\.00/)).toBeVisible();
});
