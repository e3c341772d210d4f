/**
 * Journey: warn before slowing down, on records entered through the screens. The article's case
 * first: the owner moved (Settings say so) after billing, and the client's cheque is marked sent
 * and has not arrived, so the app lists it as a payment gone astray, pre-answers "might it be
 * lost" and "did your address change" from those records, recommends checking first, offers no
 * slowdown and says in the message where to send the money. Then a client who simply has not
 * paid: a warning with a deadline, logged with it, after which a new worksheet waits for the
 * deadline before slowing down is even offered; and once they pay, a nudge to reward it.
 */
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { Records, WorksheetPage, daysAgo } from './pages/worksheet-pages';

// Each journey builds a client's history through the forms first, so it takes a while.
test.describe.configure({ timeout: 150_000 });

test('a cheque in the post to an old address: check first, and say where to send it', async ({
  page,
}) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);

  // The owner moved 40 days ago; Settings hold the new address and how to pay.
  const settings = new SettingsPage(page);
  await settings.open();
  // Typing the address dates its change today; the move was 40 days ago, so that day is set after.
  await page.getByLabel('Address (optional)').fill('12 Oak Street, Springfield');
  await page.getByLabel('Address changed on (optional)').fill(daysAgo(40));
  await page.getByLabel(/^How to pay you/).fill('Account 0042 1234, Springfield Savings');
  await settings.save();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  const client = await records.addParty({ name: 'Northwind Studio', termsDays: '30' });
  const design = await records.addJob(client, {
    client: 'Northwind Studio',
    title: 'Design',
    amount: '2000',
    orderedOn: daysAgo(70),
    status: 'Invoiced',
    invoicedOn: daysAgo(60),
  });
  await records.addJob(client, {
    client: 'Northwind Studio',
    title: 'Build',
    amount: '3000',
    orderedOn: daysAgo(10),
    status: 'Open',
  });
  // They mailed a cheque two days before the bill fell due; it never arrived.
  await page.goto(`/#/payments/new?party=${client}&job=${design}`);
  await page.getByLabel('Amount', { exact: true }).fill('2000');
  await page.getByLabel('How was it paid?').selectOption({ label: 'Cheque' });
  await page.getByLabel('Sent on', { exact: true }).fill(daysAgo(32));
  await page.getByLabel('Not received yet (a cheque in the mail)').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Record a payment');

  // Needs a decision: not "work while unpaid" but a payment gone astray.
  await page.goto('/#/worksheets/decide');
  const situation = page.getByRole('listitem').filter({
    hasText: /Northwind Studio marked \$2,000\.00 as sent on .+ and it has not arrived/,
  });
  await situation.getByRole('link', { name: 'Open worksheet' }).click();
  await expect(ws.heading('Warn before slowing down')).toBeVisible();
  await ws.startHere();

  await expect(ws.fact('pastDueOwed')).toHaveText('$2,000.00');
  await expect(ws.fact('inTheMail')).toHaveText('$2,000.00');
  await expect(ws.fact('pastDueNotSent')).toHaveText('$0.00');
  await expect(ws.fact('unpaidDaysBeyondGrace')).toHaveText('0 days');
  await expect(ws.fact('ownAddressChangedOn')).not.toHaveText('');

  // The records answer two questions, each showing where the answer came from.
  await ws.next();
  const lost = page.getByRole('group', {
    name: 'Could they have sent the money and it went astray?',
  });
  await expect(lost.getByRole('radio', { name: 'Yes, they say they sent it' })).toBeChecked();
  await expect(
    lost.getByText('From payments of theirs marked as sent and not yet received'),
  ).toBeVisible();
  const moved = page.getByRole('group', {
    name: 'Have your address or bank details changed since they last paid you?',
  });
  await expect(moved.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(
    moved.getByText(/Your address changed on .+, after the bill went out/),
  ).toBeVisible();

  await ws.next();
  await expect(ws.recommendation()).toHaveText('Check first');
  await expect(
    page.getByText('Everything past due is marked as sent and has not arrived', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('Send them your current address and bank details.')).toBeVisible();
  await expect(page.getByTestId('money-pastDueOwed')).toHaveText('$2,000.00');
  await expect(page.getByTestId('money-inTheMail')).toHaveText('$2,000.00');

  await ws.next();
  const choices = page.getByRole('group', { name: 'What will you do?' });
  await expect(choices.getByRole('radio', { name: /^Slow down, as warned/ })).toHaveCount(0);
  const message = page.getByLabel('Message to send');
  await expect(message).toHaveValue(/12 Oak Street, Springfield/);
  await expect(message).toHaveValue(/Account 0042 1234, Springfield Savings/);
  const dialog = await ws.decide('Check first');
  await expect(
    dialog.getByText('Log the message to Northwind Studio in the contact log'),
  ).toBeVisible();
  await ws.confirm();
  await expect(page.getByTestId('decided')).toHaveText('You decided: Check first');
  // The check is in the contact log; no warning was sent.
  await page.goto(`/#/people/${client}`);
  await expect(page.getByRole('button', { name: /^Delete Note \(/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Delete Warning sent \(/ })).toHaveCount(0);
});

test('a client who has not paid: warn with a deadline, and slow down only after it', async ({
  page,
}) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);

  const client = await records.addParty({
    name: 'Orbit Studio',
    termsDays: '30',
    addressConfirmed: daysAgo(200),
  });
  await records.addJob(client, {
    client: 'Orbit Studio',
    title: 'Website design',
    amount: '3000',
    orderedOn: daysAgo(90),
    status: 'Invoiced',
    invoicedOn: daysAgo(75),
  });
  await records.addJob(client, {
    client: 'Orbit Studio',
    title: 'Logo refresh',
    amount: '400',
    orderedOn: daysAgo(3),
    status: 'Open',
  });
  await records.logContact(client, 'Reminder sent', daysAgo(40));
  await records.logContact(client, 'Reminder sent', daysAgo(20));

  await page.goto('/#/worksheets/decide');
  const situation = page.getByRole('listitem').filter({
    hasText: 'You are working on a job for Orbit Studio, who is 45 days overdue.',
  });
  await situation.getByRole('link', { name: 'Open worksheet' }).click();
  await expect(ws.heading('Warn before slowing down')).toBeVisible();
  await ws.startHere();

  // 45 days overdue, 40 beyond the 5 days' grace; nothing in the post.
  await expect(ws.fact('pastDueOwed')).toHaveText('$3,000.00');
  await expect(ws.fact('inTheMail')).toHaveText('$0.00');
  await expect(ws.fact('unpaidDaysBeyondGrace')).toHaveText('40 days');
  await expect(ws.fact('remindersSinceDue')).toHaveText('2');
  await expect(ws.fact('warningsSinceDue')).toHaveText('0');

  await ws.next();
  await ws.answer('Were payment terms ever agreed?', 'Yes, in writing');
  await page.getByLabel('Which terms: paid within how many days of the invoice?').fill('14');
  await ws.answer('How much do they need your work right now?', 'A lot');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Warn, with a deadline');
  await expect(
    page.getByText('The oldest unpaid bill is 40 days past your grace period.'),
  ).toBeVisible();
  await ws.saved();

  await ws.next();
  await expect(
    page.getByRole('group', { name: 'What will you do?' }).getByRole('radio', {
      name: /^Slow down, as warned/,
    }),
  ).toHaveCount(0);
  const deadline = page.getByLabel('Deadline in the warning');
  await expect(deadline).toHaveValue(daysAgo(-7));
  await expect(page.getByLabel('Message to send')).toHaveValue(
    /I still have not received payment of \$3,000\.00, and I am concerned/,
  );
  const dialog = await ws.decide('Warn, with a deadline');
  await expect(dialog.getByText('Set Orbit Studio’s terms to 14 days, 0% deposit')).toBeVisible();
  await expect(
    dialog.getByText(/Log a warning sent to Orbit Studio, with a deadline of/),
  ).toBeVisible();
  await ws.confirm();
  await expect(page.getByTestId('decided')).toHaveText('You decided: Warn, with a deadline');
  const decidedUrl = page.url();

  // The warning is in the contact log and the agreed terms are on the client.
  await page.goto(`/#/people/${client}`);
  await expect(page.getByText('Net 14, deposit 0%')).toBeVisible();
  await expect(page.getByText('Warning sent').first()).toBeVisible();

  // A new worksheet the same day: the deadline is a fact, and slowing down waits for it.
  await ws.start('warn_before_slowing', client);
  await expect(ws.fact('warningsSinceDue')).toHaveText('1');
  await expect(ws.fact('daysPastDeadline')).toHaveText('0 days');
  await ws.next();
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Send a friendly reminder');
  await expect(page.getByText(/The deadline you gave, .+, has not passed/)).toBeVisible();
  await ws.next();
  await expect(
    page.getByRole('group', { name: 'What will you do?' }).getByRole('radio', {
      name: /^Slow down, as warned/,
    }),
  ).toHaveCount(0);

  // After it is resolved: how it turned out, and a nudge to reward it.
  await page.goto(decidedUrl);
  await page.getByText('Answer now').click();
  await ws.answer('Were you paid (or was the money settled as agreed)?', 'Yes');
  await ws.answer('Is the relationship still good?', 'Yes');
  await ws.answer('Knowing what you know now, would you decide the same?', 'Yes');
  await page.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByText(/They paid: reward it/)).toBeVisible();
});
