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

test('who should pay whom: the subcontractor dropped the work and the client did some herself', async ({
  page,
}) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);

  await records.addParty({ name: 'Quick Crew', kind: 'subcontractor' });
  const client = await records.addParty({ name: 'Maple Realty', since: monthsAgo(24) });
  const earlier = await records.addJob(client, {
    client: 'Maple Realty',
    title: 'Yard work',
    amount: '600',
    orderedOn: daysAgo(120),
    status: 'Invoiced',
    invoicedOn: daysAgo(100),
  });
  await records.addPayment(client, earlier, '600', daysAgo(90));
  const job = await records.addJob(client, {
    client: 'Maple Realty',
    title: 'Lockbox checks',
    amount: '400',
    orderedOn: daysAgo(10),
    status: 'Done',
    doneOn: daysAgo(5),
    subcontractor: 'Quick Crew',
    subcontractorCost: '250',
    problems: ['Not done', 'The subcontractor was at fault'],
  });

  // From the job: the worksheet opens about this job and its subcontractor.
  await ws.start('who_pays_whom', client, job);
  await expect(ws.heading('Who should pay whom?')).toBeVisible();
  await expect(ws.fact('jobAmount')).toHaveText('$400.00');
  await expect(ws.fact('paidSoFar')).toHaveText('$0.00');
  await expect(ws.fact('outstanding')).toHaveText('$400.00');
  await expect(ws.fact('subcontractorCost')).toHaveText('$250.00');
  await expect(ws.fact('paidToSubcontractor')).toHaveText('$0.00');
  await expect(ws.fact('tenureMonths')).toHaveText('24 months');
  await expect(ws.fact('projectedValue')).toHaveText('$1,000.00');

  await ws.next();
  await page
    .getByLabel('What share of the work did the client end up doing themselves?')
    .fill('30');
  await page.getByLabel('What did that cost them?').fill('150');
  await ws.answer('Whose fault was it?', 'The subcontractor’s');
  await expect(
    page.getByLabel('What is this client worth to you from now on, over a year?'),
  ).toHaveValue('1000.00');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Waive the whole bill');

  // She is bringing a large volume of work: what she is worth changes the settlement.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByLabel('What is this client worth to you from now on, over a year?').fill('8000');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Waive the bill and pay them');
  await expect(page.getByTestId('settlement')).toHaveText('You pay Maple Realty $150.00');
  await expect(page.getByTestId('money-costOfGoodwill')).toHaveText('$550.00');
  await expect(page.getByTestId('money-subcontractorBears')).toHaveText('$250.00');
  await expect(page.getByTestId('money-clientWorth')).toHaveText('$8,000.00');
  await expect(page.getByText('Do not send Quick Crew to this client’s jobs again.')).toBeVisible();

  await ws.next();
  await expect(page.getByLabel('Do not use Quick Crew for Maple Realty again')).toBeChecked();
  const dialog = await ws.decide('Waive the bill and pay them');
  await expect(
    dialog.getByText('Give a credit of $400.00 on “Lockbox checks” (the bill stays as billed)'),
  ).toBeVisible();
  await expect(dialog.getByText('Record a payment of $150.00 to Maple Realty')).toBeVisible();
  await expect(
    dialog.getByText('Keep $250.00 back from what Quick Crew is paid for the job (a charge-back)'),
  ).toBeVisible();
  await ws.confirm();
  await expect(page.getByTestId('decided')).toHaveText('You decided: Waive the bill and pay them');
  await expect(page.getByTestId('entries').getByRole('listitem')).toHaveCount(5);

  // On the job: credited, the goodwill payment against it; the subcontractor's fee kept back.
  await page.goto(`/#/jobs/${job}`);
  await expect(page.getByTestId('job-credited')).toHaveText('$400.00');
  await expect(page.getByTestId('job-paid-to-client')).toHaveText('$150.00');
  await page.goto(`/#/people/${client}`);
  await expect(page.getByText(/Do not send Quick Crew to their jobs again/)).toBeVisible();

  // Each entry can be undone from the worksheet: the payment goes, the credit stays.
  await page.goto('/#/worksheets');
  await page.getByRole('list', { name: 'Worksheets' }).getByRole('link').first().click();
  await expect(page.getByTestId('decided')).toBeVisible();
  const payment = page
    .getByTestId('entries')
    .getByRole('listitem')
    .filter({ hasText: 'Record a payment' });
  await payment.getByRole('button', { name: 'Undo' }).click();
  await expect(payment.getByText('Undone')).toBeVisible();
  await page.goto(`/#/jobs/${job}`);
  await expect(page.getByTestId('job-paid-to-client')).toHaveCount(0);
  await expect(page.getByTestId('job-credited')).toHaveText('$400.00');
});
