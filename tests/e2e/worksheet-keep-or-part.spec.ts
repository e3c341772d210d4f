/**
 * Journey: keep or part ways? A client late as a rule, whom the owner must chase, built through
 * the app's forms: the worksheet reads their lateness through the payer model (the window and the
 * grace stated under the facts), the reasons say why, the owner's answers move the advice between
 * parting and changed terms, and recording the decision writes exactly the terms it listed.
 */
import { expect, test } from '@playwright/test';
import { Records, WorksheetPage, daysAgo, monthsAgo } from './pages/worksheet-pages';

test.describe.configure({ timeout: 150_000 });

test('keep or part ways: a client late as a rule, whom you must chase', async ({ page }) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);

  // Ten months together on 30-day terms: paid 40 and 20 days late, now 60 days overdue, and two
  // reminders that brought nothing (one the first bill needed, one the last).
  const client = await records.addParty({
    name: 'Dune Motors',
    since: monthsAgo(10),
    termsDays: '30',
  });
  const first = await records.addJob(client, {
    client: 'Dune Motors',
    title: 'Fleet wash',
    amount: '500',
    orderedOn: daysAgo(290),
    status: 'Invoiced',
    invoicedOn: daysAgo(280),
  });
  await records.addPayment(client, first, '500', daysAgo(210));
  const second = await records.addJob(client, {
    client: 'Dune Motors',
    title: 'Showroom windows',
    amount: '700',
    orderedOn: daysAgo(200),
    status: 'Invoiced',
    invoicedOn: daysAgo(190),
  });
  await records.addPayment(client, second, '700', daysAgo(140));
  await records.addJob(client, {
    client: 'Dune Motors',
    title: 'Workshop floor',
    amount: '900',
    orderedOn: daysAgo(100),
    status: 'Invoiced',
    invoicedOn: daysAgo(90),
  });
  await records.logContact(client, 'Reminder sent', daysAgo(230));
  await records.logContact(client, 'Reminder sent', daysAgo(40));

  // Started from the client's own list of worksheets.
  await page.goto(`/#/worksheets?party=${client}`);
  await expect(ws.heading('Worksheets about Dune Motors')).toBeVisible();
  await page.getByRole('link', { name: 'Keep or part ways?' }).click();
  await ws.startHere();

  // Three bills, all more than the 5 days' grace late: 35 and 15 days beyond it when paid, the
  // last 55 beyond it as it stands; two needed more than one reminder.
  await expect(ws.fact('tenureMonths')).toHaveText('10 months');
  await expect(ws.fact('graceDays')).toHaveText('5 days');
  await expect(ws.fact('invoicesInWindow')).toHaveText('3');
  await expect(ws.fact('lateInvoices')).toHaveText('3');
  await expect(ws.fact('latenessPattern')).toHaveText('Late as a rule');
  await expect(ws.fact('typicalDaysBeyondGrace')).toHaveText('35 days');
  await expect(ws.fact('worstDaysBeyondGrace')).toHaveText('55 days');
  await expect(ws.fact('remindersNeeded')).toHaveText('2');
  await expect(ws.fact('neededMoreReminders')).toHaveText('2');
  await expect(ws.fact('contactsByThem')).toHaveText('0');
  await expect(ws.fact('contactsByMe')).toHaveText('2');
  await expect(ws.fact('initiative')).toHaveText('You always chase them');
  await expect(ws.fact('outstanding')).toHaveText('$900.00');
  await expect(ws.fact('termsNetDays')).toHaveText('30 days');
  // The window the lateness is read over, under the facts.
  await expect(
    page
      .getByText(
        /^Their last 3 bills, billed since .*; late means paid more than 5 days after due$/,
      )
      .first(),
  ).toBeVisible();

  await ws.next();
  await ws.answer(
    'Did they tell you about a rough patch before you had to ask?',
    'Yes, they told me',
  );
  await ws.answer('How do they treat you when you ask to be paid?', 'Politely, and they say when');
  await ws.answer('Money aside, do you want to keep working with them?', 'Yes');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Keep, on changed terms');
  await expect(
    page.getByText('Late as a rule, and you have to chase them', { exact: false }),
  ).toBeVisible();
  await expect(
    page.getByText('Late as a rule: bills more than 5 days past due: 3 of 3.', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('You have to chase them (2 times', { exact: false })).toBeVisible();

  // How they treat you, and whether you want them, change the advice.
  await page.getByRole('button', { name: 'Back' }).click();
  await ws.answer('How do they treat you when you ask to be paid?', 'Rudely');
  await ws.answer('Money aside, do you want to keep working with them?', 'No');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Part ways politely');
  await page.getByRole('button', { name: 'Back' }).click();
  await ws.answer('How do they treat you when you ask to be paid?', 'Politely, and they say when');
  await ws.answer('Money aside, do you want to keep working with them?', 'Yes');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Keep, on changed terms');

  // They needed chasing, so shorter terms and a deposit: 14 days, 25%.
  await ws.next();
  await ws.decide('Keep, on changed terms');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('New terms: days to pay')).toHaveValue('14');
  await expect(page.getByLabel('New deposit (%)')).toHaveValue('25');
  await expect(page.getByLabel('Message to send')).toHaveValue(/a 25% deposit before starting/);
  const dialog = await ws.decide('Keep, on changed terms');
  await expect(dialog.getByText('Set Dune Motors’s terms to 14 days, 25% deposit')).toBeVisible();
  await expect(dialog.getByText('Log the message to Dune Motors in the contact log')).toBeVisible();
  await ws.confirm();
  await expect(page.getByTestId('decided')).toHaveText('You decided: Keep, on changed terms');

  // The new terms are on the client, and the message is in their contact log.
  await page.goto(`/#/people/${client}`);
  await expect(page.getByText('Net 14, deposit 25%')).toBeVisible();
  await expect(page.getByText(/from the next job I will ask for a 25% deposit/)).toBeVisible();

  // The worksheet is listed under the client, decided.
  await page.goto(`/#/worksheets?party=${client}`);
  await expect(page.getByRole('link', { name: /Keep or part ways\?.*Decided/ })).toBeVisible();
});
