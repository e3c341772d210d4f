/**
 * Journey: who should pay whom? The article's batch, entered through the screens: an old client back
 * after a year's silence orders five field orders at $75; the subcontractor (paid $40 an order)
 * delivers three late and never does two, which her own office does instead. The worksheet reads
 * the units, whose fault and her share from the job; as the records stand it bills only what was
 * delivered; once the owner says what she is worth and what her office's work cost her, it waives
 * the bill and pays her, bounded by that cost; the decision writes exactly what it lists.
 */
import { expect, test } from '@playwright/test';
import { Records, WorksheetPage, daysAgo, monthsAgo } from './pages/worksheet-pages';

test.describe.configure({ timeout: 150_000 });

test('who should pay whom: the subcontractor let the batch slip and her office did two orders', async ({
  page,
}) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);

  await records.addParty({ name: 'Metro Field Crew', kind: 'subcontractor' });
  const client = await records.addParty({ name: 'Lakeside Realty', since: monthsAgo(48) });
  // Her last work, more than a year ago, paid on the day.
  const earlier = await records.addJob(client, {
    client: 'Lakeside Realty',
    title: 'Yard checks',
    amount: '600',
    orderedOn: daysAgo(400),
    status: 'Invoiced',
    invoicedOn: daysAgo(395),
  });
  await records.addPayment(client, earlier, '600', daysAgo(395));

  // The batch: one line of 5 orders at $75, $40 each to the subcontractor; 3 late, 2 hers.
  await page.goto(`/#/jobs/new?client=${client}`);
  await expect(ws.heading('New job')).toBeVisible();
  await page.getByLabel('What is the job?').fill('Field orders');
  await page.getByLabel('Ordered on').fill(daysAgo(10));
  await page.getByRole('button', { name: 'Add a line' }).click();
  await page.locator('#job-line-0-quantity').fill('5');
  await page.locator('#job-line-0-unit').fill('order');
  await page.locator('#job-line-0-price').fill('75');
  await page.getByRole('button', { name: 'Remove line 2' }).click();
  await page
    .locator('summary')
    .filter({ hasText: /^What happened$/ })
    .click();
  await page.locator('#job-line-0-late').fill('3');
  await page.locator('#job-line-0-doneByClient').fill('2');
  await page.getByLabel('Status').selectOption({ label: 'Done' });
  await page.getByText('More details').click();
  await page.getByLabel('Done on').fill(daysAgo(5));
  await page
    .getByLabel('Subcontractor (optional)', { exact: true })
    .selectOption({ label: 'Metro Field Crew' });
  await page.locator('#job-line-0-sub-cost').fill('40');
  for (const problem of [
    'Done late',
    'The client had to redo it',
    'The subcontractor was at fault',
  ]) {
    await page.getByRole('checkbox', { name: problem }).check();
  }
  await ws.save();
  await expect(ws.heading('Field orders')).toBeVisible();
  const job = /#\/jobs\/([0-9a-f-]{36})/.exec(page.url())![1]!;

  // The facts: the units at her price and at his, and what she is worth by the records.
  await ws.start('who_pays_whom', client, job);
  await expect(ws.heading('Who should pay whom?')).toBeVisible();
  await expect(ws.fact('jobAmount')).toHaveText('$375.00');
  await expect(ws.fact('clientDidValue')).toHaveText('$150.00');
  await expect(ws.fact('lateValue')).toHaveText('$225.00');
  await expect(ws.fact('deliveredValue')).toHaveText('$225.00');
  await expect(ws.fact('subcontractorCost')).toHaveText('$200.00');
  await expect(ws.fact('subcontractorUndelivered')).toHaveText('$80.00');
  await expect(ws.fact('subcontractorLate')).toHaveText('$120.00');
  await expect(ws.fact('tenureMonths')).toHaveText('4 years');
  // 48 months, nothing billed in the last 12: 6/54 of her $150 a year on average = $16.67.
  await expect(ws.fact('clientYearValue')).toHaveText('$16.67');
  await expect(page.getByText(/^A rough guess, this job left out: with 0 bills/)).toBeVisible();

  // The questions the job answers say so; the late work's choice says what it costs.
  await ws.next();
  await expect(
    page.getByRole('group', { name: 'Whose fault was it?' }).getByRole('radio', {
      name: 'The subcontractor’s',
    }),
  ).toBeChecked();
  await expect(page.getByText('From the problems marked on “Field orders”')).toBeVisible();
  await expect(
    page.getByLabel('What share of the work did the client end up doing themselves?'),
  ).toHaveValue('40');
  await expect(
    page.getByText(
      'Billing it keeps $225.00 on the bill; crediting it takes $225.00 off, and Metro Field Crew bears $120.00 of it at his own price.',
    ),
  ).toBeVisible();
  await page.getByLabel('What did that cost them?').fill('120');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Bill only what was delivered');
  await expect(page.getByTestId('settlement').getByRole('listitem')).toHaveText([
    'Lakeside Realty pays you $225.00',
    'You pay Metro Field Crew $120.00',
  ]);
  await expect(page.getByTestId('money-notBilled')).toHaveText('$150.00');
  await expect(page.getByTestId('money-subcontractorBears')).toHaveText('$80.00');

  // She is bringing a large volume of work, and the late orders came too late to count.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByLabel('What is this client worth to you from now on, over a year?').fill('8000');
  await ws.answer(
    'The work delivered late: bill it, or credit it?',
    'Credit it: it came too late to count',
  );
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Waive the bill and pay them');
  // All 375 credited, 120 paid (her cost); he bears his 5 orders at $40 and is owed nothing.
  await expect(page.getByTestId('settlement')).toHaveText('You pay Lakeside Realty $120.00');
  await expect(page.getByTestId('money-notBilled')).toHaveText('$375.00');
  await expect(page.getByTestId('money-goodwillGiven')).toHaveText('$120.00');
  await expect(page.getByTestId('money-subcontractorBears')).toHaveText('$200.00');
  await expect(page.getByTestId('money-clientWorth')).toHaveText('$8,000.00');
  await expect(
    page.getByText('Do not send Metro Field Crew to this client’s jobs again.'),
  ).toBeVisible();

  // She made the owner promise never to send him again.
  await ws.next();
  await page.getByLabel('Do not use Metro Field Crew for Lakeside Realty again').check();
  const dialog = await ws.decide('Waive the bill and pay them');
  await expect(
    dialog.getByText('Give a credit of $375.00 on “Field orders” (the bill stays as billed)'),
  ).toBeVisible();
  await expect(dialog.getByText('Record a payment of $120.00 to Lakeside Realty')).toBeVisible();
  await expect(
    dialog.getByText(
      'Keep $200.00 back from what Metro Field Crew is paid for the job (a charge-back)',
    ),
  ).toBeVisible();
  await ws.confirm();
  await expect(page.getByTestId('decided')).toHaveText('You decided: Waive the bill and pay them');
  await expect(page.getByTestId('entries').getByRole('listitem')).toHaveCount(5);

  // On the job: credited in full, the goodwill payment against it.
  await page.goto(`/#/jobs/${job}`);
  await expect(page.getByTestId('job-credited')).toHaveText('$375.00');
  await expect(page.getByTestId('job-paid-to-client')).toHaveText('$120.00');
  await page.goto(`/#/people/${client}`);
  await expect(page.getByText(/Do not send Metro Field Crew to their jobs again/)).toBeVisible();
});
