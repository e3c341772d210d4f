/**
 * Journey: the goodwill worksheets. For each of the four, a client with real history is built
 * through the app's forms; the worksheet's facts match those records; changing an answer changes
 * the recommendation; recording the decision writes ledger entries that show up where the owner
 * looks for them; and a reload in the middle of a worksheet loses nothing.
 */
import { expect, test } from '@playwright/test';
import { Records, WorksheetPage, daysAgo, monthsAgo } from './pages/worksheet-pages';

/** What the screen shows (not the whole page: decided worksheets are long, and a phone is short). */

// Each journey builds a client's history through the forms first, so it takes a while.
test.describe.configure({ timeout: 150_000 });

test('forgive or pursue: a loyal client refuses a bill; the owner forgives it', async ({
  page,
}) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);

  // Three years together, a bill paid on time, a referral, then a refused 1,500.00 bill.
  const client = await records.addParty({ name: 'Harbour Bakery', since: monthsAgo(36) });
  const paidJob = await records.addJob(client, {
    client: 'Harbour Bakery',
    title: 'Spring clean',
    amount: '800',
    orderedOn: daysAgo(200),
    status: 'Invoiced',
    invoicedOn: daysAgo(190),
  });
  await records.addPayment(client, paidJob, '800', daysAgo(175));
  const disputed = await records.addJob(client, {
    client: 'Harbour Bakery',
    title: 'Kitchen tiling',
    amount: '1500',
    orderedOn: daysAgo(40),
    status: 'Invoiced',
    invoicedOn: daysAgo(35),
    disputedOn: daysAgo(30),
  });
  await records.logContact(client, 'Referral', daysAgo(100));

  // "Needs a decision" finds the refused bill and opens its worksheet pre-filled.
  await page.goto('/#/worksheets/decide');
  const situation = page
    .getByRole('listitem')
    .filter({ hasText: 'Harbour Bakery disputes or refuses $1,500.00 for “Kitchen tiling”.' });
  await expect(situation).toBeVisible();
  await situation.getByRole('link', { name: 'Open worksheet' }).click();
  await expect(page.getByLabel('Job', { exact: true })).toHaveValue(disputed);
  await ws.startHere();
  await expect(ws.heading('Forgive or pursue?')).toBeVisible();

  // The facts match the records.
  await expect(ws.fact('tenureMonths')).toHaveText('36 months');
  await expect(ws.fact('jobCount')).toHaveText('2');
  await expect(ws.fact('revenueToDate')).toHaveText('$2,300.00');
  await expect(ws.fact('lateBefore')).toHaveText('0');
  await expect(ws.fact('onTimeRate')).toHaveText('100%');
  await expect(ws.fact('amountInDispute')).toHaveText('$1,500.00');
  await expect(ws.fact('referralCount')).toHaveText('1');
  await expect(ws.fact('projectedValue')).toHaveText('$2,300.00');
  await expect(page.getByText('From the job “Kitchen tiling”')).toBeVisible();

  // A fact the owner knows better: they have promised far more work next year.
  await page.getByRole('button', { name: 'Change “Likely worth over the next 12 months”' }).click();
  await page.getByLabel('Change “Likely worth over the next 12 months”').fill('6000');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(ws.fact('projectedValue')).toHaveText('$6,000.00');
  await expect(page.getByText('Changed by you; the records say $2,300.00.')).toBeVisible();

  await ws.next();
  await expect(ws.stepHeading('Questions')).toBeVisible();
  await ws.answer(
    'Does the complaint hold up? Was the work really at fault?',
    'Yes, it was our fault',
  );
  await ws.answer('When did they raise the problem?', 'Only when I asked why they had not paid');
  await ws.saved();

  // A reload in the middle of the worksheet loses nothing: step, changed fact, answers.
  await page.reload();
  await expect(ws.stepHeading('Questions')).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'When did they raise the problem?' }).getByRole('radio', {
      name: 'Only when I asked why they had not paid',
    }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('group', { name: 'Does the complaint hold up? Was the work really at fault?' })
      .getByRole('radio', { name: 'Yes, it was our fault' }),
  ).toBeChecked();
  await ws.answer('How likely are they to send more people your way?', 'Likely');
  await ws.answer('Could you afford to go further and offer a discount on a future job?', 'No');

  await ws.next();
  await expect(ws.stepHeading('Result')).toBeVisible();
  await expect(ws.recommendation()).toHaveText('Forgive the debt');
  await expect(page.getByTestId('money-amountInDispute')).toHaveText('$1,500.00');
  await expect(page.getByTestId('money-projectedValue')).toHaveText('$6,000.00');
  await expect(
    page.getByText('The complaint holds up, at least in part: the work was at fault.'),
  ).toBeVisible();

  // The weights are the owner's: weighing the stake heavily moves the result.
  const stakeWeight = page.getByLabel('Weight of “Amount against a year of their business”');
  await expect(page.getByTestId('score')).toHaveText('Score +62 (from −100 to +100)');
  await expect(page.getByTestId('factor-stake')).toContainText('+7');
  await stakeWeight.fill('10');
  await expect(page.getByTestId('factor-stake')).toContainText('+15');
  await expect(page.getByTestId('score')).toHaveText('Score +51 (from −100 to +100)');
  await page.getByRole('button', { name: 'Reset the weights' }).click();
  await expect(stakeWeight).toHaveValue('3');

  // Changing an answer changes the recommendation.
  await page.getByRole('button', { name: 'Back' }).click();
  await ws.answer(
    'Does the complaint hold up? Was the work really at fault?',
    'No, the work was as agreed',
  );
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Offer a partial credit');
  await page.getByRole('button', { name: 'Back' }).click();
  await ws.answer(
    'Does the complaint hold up? Was the work really at fault?',
    'Yes, it was our fault',
  );
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Forgive the debt');

  // The decision, recorded with one confirmation.
  await ws.next();
  await expect(ws.stepHeading('Decision')).toBeVisible();
  await expect(page.getByLabel('Message to send')).toHaveValue(
    /cancelled the outstanding \$1,500\.00/,
  );
  const dialog = await ws.decide('Forgive the debt');
  await expect(
    dialog.getByText('Give a credit of $1,500.00 on “Kitchen tiling” (the bill stays as billed)'),
  ).toBeVisible();
  await expect(
    dialog.getByText('Log the message to Harbour Bakery in the contact log'),
  ).toBeVisible();
  await ws.confirm();
  await expect(page.getByTestId('decided')).toHaveText('You decided: Forgive the debt');
  await expect(page.getByTestId('entries').getByRole('listitem')).toHaveCount(2);

  // The ledger entries it created, where the owner looks for them.
  await page.goto(`/#/jobs/${disputed}`);
  await expect(page.getByTestId('job-credited')).toHaveText('$1,500.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$0.00');
  await page.goto(`/#/people/${client}`);
  await expect(
    page.getByText(/I am sorry “Kitchen tiling” did not meet your expectations/),
  ).toBeVisible();

  // The situation no longer needs a decision.
  await page.goto('/#/worksheets/decide');
  await expect(page.getByText('Nothing needs a decision right now.')).toBeVisible();
});

test('keep or part ways: a client late as a rule, whom you must chase', async ({ page }) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);

  // Ten months together on 30-day terms: paid 40 and 20 days late, now 60 days overdue, and two
  // reminders that brought nothing.
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
  await expect(page.getByText('No worksheets about Dune Motors yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Keep or part ways?' }).click();
  await ws.startHere();

  await expect(ws.fact('tenureMonths')).toHaveText('10 months');
  await expect(ws.fact('jobCount')).toHaveText('3');
  await expect(ws.fact('lateCount12m')).toHaveText('3');
  await expect(ws.fact('averageDaysLate')).toHaveText('30 days');
  await expect(ws.fact('worstDaysLate')).toHaveText('60 days');
  await expect(ws.fact('onTimeRate')).toHaveText('0%');
  await expect(ws.fact('latenessPattern')).toHaveText('Late as a rule');
  await expect(ws.fact('remindersSent')).toHaveText('2');
  await expect(ws.fact('paidAfterReminder')).toHaveText('0');
  await expect(ws.fact('contactsByThem')).toHaveText('0');
  await expect(ws.fact('contactsByMe')).toHaveText('2');
  await expect(ws.fact('initiative')).toHaveText('You always chase them');
  await expect(ws.fact('outstanding')).toHaveText('$900.00');
  await expect(ws.fact('termsNetDays')).toHaveText('30 days');

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

  // How they treat you changes the advice.
  await page.getByRole('button', { name: 'Back' }).click();
  await ws.answer('How do they treat you when you ask to be paid?', 'Rudely');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Part ways politely');
  await page.getByRole('button', { name: 'Back' }).click();
  await ws.answer('How do they treat you when you ask to be paid?', 'Politely, and they say when');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Keep, on changed terms');

  // Keep them, on 14 days with a 25% deposit.
  await ws.next();
  await ws.decide('Keep, on changed terms');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('New terms: days to pay')).toHaveValue('14');
  await expect(page.getByLabel('New deposit (%)')).toHaveValue('25');
  await expect(page.getByLabel('Message to send')).toHaveValue(/a 25% deposit before starting/);
  const dialog = await ws.decide('Keep, on changed terms');
  await expect(dialog.getByText('Set Dune Motors’s terms to 14 days, 25% deposit')).toBeVisible();
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

test('warn before slowing down: checked first, then a warning with a deadline', async ({
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

  // Work goes on for a client who has not paid: the home screen points to a decision.
  await page.goto('/#/worksheets/decide');
  const situation = page.getByRole('listitem').filter({
    hasText: 'You are working on a job for Orbit Studio, who is 45 days overdue.',
  });
  await situation.getByRole('link', { name: 'Open worksheet' }).click();
  await expect(ws.heading('Warn before slowing down')).toBeVisible();
  await ws.startHere();

  await expect(ws.fact('side')).toHaveText('They owe you');
  await expect(ws.fact('outstanding')).toHaveText('$3,000.00');
  await expect(ws.fact('overdueCount')).toHaveText('1');
  await expect(ws.fact('oldestDaysOverdue')).toHaveText('45 days');
  await expect(ws.fact('inTheMail')).toHaveText('$0.00');
  await expect(ws.fact('remindersSinceDue')).toHaveText('2');
  await expect(ws.fact('warningsSinceDue')).toHaveText('0');
  await expect(ws.fact('openJobs')).toHaveText('1');
  await expect(ws.fact('termsNetDays')).toHaveText('30 days');
  await expect(ws.fact('addressAgeDays')).toHaveText('200 days');

  // The checklist: perhaps it was sent to your old address, and terms were never agreed.
  await ws.next();
  await ws.answer(
    'Could they have sent the money and it went astray?',
    'Yes, they say they sent it',
  );
  await ws.answer('Have your address or bank details changed since they last paid you?', 'Yes');
  await ws.answer('Were payment terms ever agreed?', 'Never');
  await ws.answer('How much do they need your work right now?', 'Hardly');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Send a friendly reminder');
  await expect(page.getByText('Send them your current address and bank details.')).toBeVisible();

  // You checked: nothing was sent. Now it is time to warn.
  await page.getByRole('button', { name: 'Back' }).click();
  await ws.answer('Could they have sent the money and it went astray?', 'No, I checked');
  await ws.answer('Were payment terms ever agreed?', 'Yes, in writing');
  await page.getByLabel('Which terms: paid within how many days of the invoice?').fill('14');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Warn, with a deadline');
  await ws.saved();

  await ws.next();
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
  await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();

  // The warning is in the contact log and the agreed terms are on the client.
  await page.goto(`/#/people/${client}`);
  await expect(page.getByText('Net 14, deposit 0%')).toBeVisible();
  await expect(page.getByText('Warning sent').first()).toBeVisible();
  await page.goBack();

  // After it is resolved: how it turned out, and a nudge to reward it.
  await page.getByText('Answer now').click();
  await ws.answer('Were you paid (or was the money settled as agreed)?', 'Yes');
  await ws.answer('Is the relationship still good?', 'Yes');
  await ws.answer('Knowing what you know now, would you decide the same?', 'Yes');
  await page.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByText(/They paid: reward it/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Looked back on /).first()).toBeVisible();
  await expect(page.getByText(/They paid: reward it/)).toBeVisible();

  // The decided worksheet prints cleanly: no navigation, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy' })).toBeHidden();
});
