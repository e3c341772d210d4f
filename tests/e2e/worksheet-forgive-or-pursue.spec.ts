/**
 * Journey: forgive or pursue? ("Great customer, bad debt"). A client of three years who always
 * paid on time and sent a friend refuses a $1,500 bill, raising the problem only after a reminder;
 * the job's own record says the work was done badly. Built through the app's forms: the worksheet
 * reads the payer model and the relationship's value, pre-answers what the records know (saying
 * where from), recommends forgiving, and the decision writes the credit, closes the dispute and
 * logs the message — each where the owner looks for it.
 */
import { expect, test } from '@playwright/test';
import { Records, WorksheetPage, daysAgo, monthsAgo } from './pages/worksheet-pages';

test.describe.configure({ timeout: 150_000 });

test('forgive or pursue: a loyal client refuses a bill when chased; the owner forgives it and the dispute is closed', async ({
  page,
}) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);

  // Three years together; three $2,000 bills this last year, each paid ten days after it went out.
  const client = await records.addParty({ name: 'Harbour Bakery', since: monthsAgo(36) });
  for (const [n, ago] of [
    [1, 300],
    [2, 200],
    [3, 100],
  ] as const) {
    const job = await records.addJob(client, {
      client: 'Harbour Bakery',
      title: `Deep clean ${n}`,
      amount: '2000',
      orderedOn: daysAgo(ago + 5),
      status: 'Invoiced',
      invoicedOn: daysAgo(ago),
    });
    await records.addPayment(client, job, '2000', daysAgo(ago - 10));
  }
  await records.logContact(client, 'Referral', daysAgo(150));
  // The refused bill: due five days ago; a reminder, and only then the dispute.
  const disputed = await records.addJob(client, {
    client: 'Harbour Bakery',
    title: 'Kitchen tiling',
    amount: '1500',
    orderedOn: daysAgo(45),
    status: 'Invoiced',
    invoicedOn: daysAgo(35),
    problems: ['Done badly'],
  });
  await records.logContact(client, 'Reminder sent', daysAgo(3));
  await page.goto(`/#/jobs/${disputed}`);
  await records.recordDispute(daysAgo(2));

  // "Needs a decision" finds the refused bill and opens its worksheet.
  await page.goto('/#/worksheets/decide');
  const situation = page
    .getByRole('listitem')
    .filter({ hasText: 'Harbour Bakery disputes or refuses $1,500.00 for “Kitchen tiling”.' });
  await expect(situation).toBeVisible();
  await situation.getByRole('link', { name: 'Open worksheet' }).click();
  await expect(page.getByLabel('Job', { exact: true })).toHaveValue(disputed);
  await ws.startHere();
  await expect(ws.heading('Forgive or pursue?')).toBeVisible();

  // The facts: the payer model over the bills before this one, with its window; the value.
  await expect(ws.fact('tenureMonths')).toHaveText('3 years');
  await expect(ws.fact('billsInWindow')).toHaveText('3');
  await expect(ws.fact('billsPaidInWindow')).toHaveText('3');
  await expect(ws.fact('billsLateInWindow')).toHaveText('0');
  await expect(
    page.getByText(
      'Their latest 3 bills (fewer than six fell due in the last year); late means more than 5 days after the due date',
    ),
  ).toHaveCount(4);
  await expect(ws.fact('amountInDispute')).toHaveText('$1,500.00');
  // Five days past due: 1 − 5 / 91.3 × 0.28 → 98%; 1,500 × 98% = 1,470.
  await expect(ws.fact('billDaysPastDue')).toHaveText('5 days');
  await expect(ws.fact('billCollectChance')).toHaveText('98%');
  await expect(ws.fact('likelyRecovery')).toHaveText('$1,470.00');
  // 6/7 × 6,000 + 1/7 × 2,000 ≈ 5,428.57 (to a few dollars, as three years end on a day of the month).
  await expect(ws.fact('ownValueNextYear')).toHaveText(/^\$5,4\d\d\.\d\d$/);
  await expect(page.getByText(/How sure: fairly/)).toBeVisible();
  await expect(ws.fact('referralCount')).toHaveText('1');

  // What the records answer is answered, and says where from.
  await ws.next();
  await expect(ws.stepHeading('Questions')).toBeVisible();
  const complaint = page.getByRole('group', {
    name: 'Does the complaint hold up? Was the work really at fault?',
  });
  await expect(complaint.getByRole('radio', { name: 'Yes, it was our fault' })).toBeChecked();
  await expect(complaint).toContainText(
    'Filled in from the records. From the problems recorded on “Kitchen tiling”.',
  );
  const raised = page.getByRole('group', { name: 'When did they raise the problem?' });
  await expect(
    raised.getByRole('radio', { name: 'Only when I asked why they had not paid' }),
  ).toBeChecked();
  await expect(raised).toContainText('Filled in from the records. From the dispute recorded on');
  await ws.answer('How likely are they to send more people your way?', 'Likely');
  await ws.answer('Could you afford to go further and offer a discount on a future job?', 'No');
  await ws.saved();

  // A reload in the middle of the worksheet loses nothing: the step and the answers.
  await page.reload();
  await expect(ws.stepHeading('Questions')).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'How likely are they to send more people your way?' })
      .getByRole('radio', { name: 'Likely', exact: true }),
  ).toBeChecked();

  await ws.next();
  await expect(ws.stepHeading('Result')).toBeVisible();
  await expect(ws.recommendation()).toHaveText('Forgive the debt');
  await expect(
    page.getByText(
      'Harbour Bakery is a long-standing client who has always paid: this looks out of character.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('The complaint holds up, at least in part: the work was at fault.'),
  ).toBeVisible();
  await expect(
    page.getByText('Recent bills paid late beyond the grace days: 0 of 3.'),
  ).toBeVisible();
  await expect(page.getByTestId('money-amountInDispute')).toHaveText('$1,500.00');
  await expect(page.getByTestId('money-likelyRecovery')).toHaveText('$1,470.00');
  await expect(page.getByTestId('money-ownValueNextYear')).toHaveText(/^\$5,4\d\d\.\d\d$/);

  // Had the work been as agreed, the owner would meet them partway, not forgive.
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

  // The decision lists exactly what it writes.
  await ws.next();
  await expect(ws.stepHeading('Decision')).toBeVisible();
  const dialog = await ws.decide('Forgive the debt');
  await expect(
    dialog.getByText('Give a credit of $1,500.00 on “Kitchen tiling” (the bill stays as billed)'),
  ).toBeVisible();
  await expect(
    dialog.getByText(
      'Close the dispute over $1,500.00 on “Kitchen tiling” as resolved today: settled by the credit',
    ),
  ).toBeVisible();
  await expect(
    dialog.getByText('Log the message to Harbour Bakery in the contact log'),
  ).toBeVisible();
  await ws.confirm();
  await expect(page.getByTestId('decided')).toHaveText('You decided: Forgive the debt');
  await expect(page.getByTestId('entries').getByRole('listitem')).toHaveCount(3);

  // The decided worksheet prints cleanly: no navigation, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Written where the owner looks: the credit and the closed dispute on the job, the message on
  // the client.
  await page.goto(`/#/jobs/${disputed}`);
  await expect(page.getByTestId('job-credited')).toHaveText('$1,500.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$0.00');
  await expect(page.getByText(/^Credited, /)).toBeVisible();
  await page.goto(`/#/people/${client}`);
  await expect(
    page.getByText(/I am sorry “Kitchen tiling” did not meet your expectations/),
  ).toBeVisible();

  // Nothing needs a decision now.
  await page.goto('/#/worksheets/decide');
  await expect(page.getByText('Nothing needs a decision right now.')).toBeVisible();
});
