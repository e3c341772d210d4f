/**
 * Journey: the owner's everyday record keeping. A client, a job invoiced on 30-day terms, a
 * partial payment before the due date, then the rest ten days late; the client page shows what
 * was billed, paid and still owed and how late they paid (as the scorecard reads it: beyond the
 * default grace of 5 days, to the day the money was sent); after a reload it is all still there.
 */
import { expect, test } from '@playwright/test';
import { daysAgo } from './pages/app-shell';
import { ClientPage, PartyFormPage } from './pages/people-pages';
import { JobFormPage, JobPage } from './pages/job-pages';
import { PaymentFormPage } from './pages/payment-form-page';

test('a client pays a job in two parts, the second late, and the client page says so', async ({
  page,
}) => {
  const partyForm = new PartyFormPage(page);
  const client = new ClientPage(page);
  const jobForm = new JobFormPage(page);
  const job = new JobPage(page);
  const payment = new PaymentFormPage(page);

  await partyForm.addClient('Northside Dental');
  await client.newJob();
  // Invoiced 50 days ago on 30-day terms: due 20 days ago.
  await jobForm.create({
    client: 'Northside Dental',
    title: 'Replace the boiler',
    amount: '2,500.00',
    orderedOn: daysAgo(60),
    doneOn: daysAgo(52),
    invoicedOn: daysAgo(50),
    status: 'Invoiced',
  });
  await expect(job.value('outstanding')).toHaveText('$2,500.00');
  await expect(job.value('days-overdue')).toHaveText('20 days overdue');

  // 1,000.00 arrives 25 days ago, before the due date: the rest stays outstanding.
  await job.recordPayment();
  await payment.pay({ amount: '1000', paidOn: daysAgo(25), method: 'Bank transfer' });
  await expect(client.heading('Northside Dental')).toBeVisible();
  await expect(client.figure('billed')).toHaveText('$2,500.00');
  await expect(client.figure('paid')).toHaveText('$1,000.00');
  await expect(client.figure('outstanding')).toHaveText('$1,500.00');
  // 20 days overdue so far, 15 of them beyond the grace: late as it stands.
  await expect(client.figure('days-late-worst')).toHaveText('15 days');
  await expect(client.figure('on-time-rate')).toHaveText('0%');

  // The rest arrives 10 days ago: settled 10 days after it was due.
  await page
    .getByRole('main')
    .getByRole('link', { name: /Replace the boiler/ })
    .click();
  await job.recordPayment();
  await expect(payment.amount()).toHaveValue('1500.00');
  await payment.pay({ amount: '1500', paidOn: daysAgo(10), method: 'Cheque' });
  await expect(client.figure('outstanding')).toHaveText('$0.00');
  await expect(client.figure('paid')).toHaveText('$2,500.00');
  // Sent 10 days after the due date: 5 beyond the grace, so late.
  await expect(client.figure('days-late-worst')).toHaveText('5 days');
  await expect(client.figure('days-late-typical')).toHaveText('5 days');
  await expect(client.figure('on-time-rate')).toHaveText('0%');
  await expect(client.figure('late')).toHaveText('1 of 1 invoice late over the last invoice');
  await expect(client.figure('grace')).toHaveText(
    'On time means sent within 5 days after the due date',
  );

  await page.reload();
  await expect(client.heading('Northside Dental')).toBeVisible();
  await expect(client.figure('outstanding')).toHaveText('$0.00');
  await expect(client.figure('days-late-worst')).toHaveText('5 days');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Replace the boiler/ })
    .click();
  await expect(job.value('days-late')).toHaveText(/10 days late/);

  // Home: nobody owes anything now.
  await client.nav('Home').click();
  await expect(page.getByText('Nobody owes you anything right now.')).toBeVisible();
});
