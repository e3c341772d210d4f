/**
 * Journey: the owner records a decision, then thinks better of it and undoes the whole decision:
 * every ledger entry it made is gone, and the worksheet is a draft again with its answers.
 */
import { expect, test } from '@playwright/test';
import { Records, WorksheetPage, daysAgo, monthsAgo } from './pages/worksheet-pages';

test.describe.configure({ timeout: 120_000 });

const COMPLAINT = 'Does the complaint hold up? Was the work really at fault?';

test('undoing a forgiven debt puts the bill back and reopens the worksheet', async ({ page }) => {
  const records = new Records(page);
  const ws = new WorksheetPage(page);
  const client = await records.addParty({ name: 'Harbour Bakery', since: monthsAgo(24) });
  // A year's good business before it: forgiving is weighed against what they are worth, and a
  // client with nothing but the disputed bill is worth nothing yet.
  const earlier = await records.addJob(client, {
    client: 'Harbour Bakery',
    title: 'Shop front',
    amount: '4000',
    orderedOn: daysAgo(110),
    status: 'Invoiced',
    invoicedOn: daysAgo(100),
  });
  await records.addPayment(client, earlier, '4000', daysAgo(75));
  const job = await records.addJob(client, {
    client: 'Harbour Bakery',
    title: 'Kitchen tiling',
    amount: '1500',
    orderedOn: daysAgo(40),
    status: 'Invoiced',
    invoicedOn: daysAgo(35),
    disputedOn: daysAgo(30),
  });

  await ws.start('forgive_or_pursue', client, job);
  await ws.next();
  await ws.answer(COMPLAINT, 'Yes, it was our fault');
  await ws.answer('When did they raise the problem?', 'Only when I asked why they had not paid');
  await ws.answer('How likely are they to send more people your way?', 'Likely');
  await ws.answer('Could you afford to go further and offer a discount on a future job?', 'No');
  await ws.next();
  await expect(ws.recommendation()).toHaveText('Forgive the debt');
  await ws.next();
  await ws.decide('Forgive the debt');
  await ws.confirm();
  // The credit, the dispute closed by it, the message logged.
  await expect(page.getByTestId('entries').getByRole('listitem')).toHaveCount(3);
  const worksheet = page.url();

  await page.goto(`/#/jobs/${job}`);
  // Forgiving is a goodwill credit, never a write-off (that is bad debt); the bill stays as billed.
  await expect(page.getByTestId('job-credited')).toHaveText('$1,500.00');
  await expect(page.getByTestId('job-billed')).toHaveText('$1,500.00');
  await expect(page.getByTestId('job-written-off')).toHaveCount(0);
  await page.goto(`/#/people/${client}`);
  await expect(page.getByText(/did not meet your expectations/)).toBeVisible();

  await page.goto(worksheet);
  await ws.undoDecision();
  await expect(page.getByText('Decision undone; the worksheet is a draft again.')).toBeVisible();
  await expect(ws.stepHeading('Decision')).toBeVisible();
  await expect(page.getByTestId('decided')).toHaveCount(0);

  // The answers are kept.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(ws.stepHeading('Questions')).toBeVisible();
  await expect(
    page.getByRole('group', { name: COMPLAINT }).getByRole('radio', {
      name: 'Yes, it was our fault',
    }),
  ).toBeChecked();

  // The bill is owed again, and the message is no longer in the contact log.
  await page.goto(`/#/jobs/${job}`);
  await expect(page.getByTestId('job-outstanding')).toHaveText('$1,500.00');
  await expect(page.getByTestId('job-credited')).toHaveCount(0);
  // And the dispute is open again: undoing the decision undid closing it.
  await expect(page.getByText(/^Credited, /)).toHaveCount(0);
  await page.goto(`/#/people/${client}`);
  await expect(page.getByText(/^Nothing logged yet\./)).toBeVisible();
  await expect(page.getByText(/did not meet your expectations/)).toHaveCount(0);
});
