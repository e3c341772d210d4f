/**
 * Journey: a month for one client, through the screens only. The owner's details go into
 * Settings; a client is added with English documents; a job of 5 field orders at $75 records that
 * 2 were done by the client's own staff and 3 were delivered late; it is marked done and invoiced
 * (A-0001, $375.00); a $150 credit settles the dispute over the 2 orders the client did itself; a
 * promise to pay the other $225 is kept by a cheque sent one day and received later, and the job
 * reads paid, on time, never overdue. A second job is overpaid and the surplus is the client's
 * credit; a third is still open. The statement is one tap from the client's page: its text is
 * checked, it is printed (window.print, stubbed) and downloaded as a file (headless Chromium has
 * no file share) that holds the client's name and the balance. Last, the client's credit is
 * offered on the next job's payment and pays part of it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppShell, daysAgo } from './pages/app-shell';
import { JobPage } from './pages/job-pages';
import { ClientPage } from './pages/people-pages';

const CLIENT = 'Marlow Surveys';

/** A day as the app shows it in English (medium style, as `i18n.day` and documents format it). */
function shown(day: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

const main = (page: Page) => page.getByRole('main');
/** The client's own page, by its exact heading ("Promise to pay from …" also holds the name). */
const clientHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: CLIENT, exact: true });

/** The job's id, from the address of its page. */
function jobIdOf(page: Page): string {
  const id = /#\/jobs\/([^/?]+)$/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id!;
}

test('a month for one client: lines, invoice, credit, a kept promise, a cheque, credit and the statement', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const shell = new AppShell(page);
  const jobPage = new JobPage(page);
  const clientPage = new ClientPage(page);

  // The owner's own details, printed on every document, and this device's invoice series.
  await page.goto('/#/settings');
  await expect(shell.heading('Settings')).toBeVisible();
  await page.getByLabel('Business name').fill('Fieldwork Signs');
  await page
    .getByLabel('Address (optional)', { exact: true })
    .fill('12 Quay Street\nPortsmouth PO1 2AB');
  await page
    .getByLabel('How to pay you')
    .fill('Bank transfer to Fieldwork Signs, 40-11-22 31926819');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.getByLabel('Series on this device').fill('A');
  await page.getByRole('button', { name: 'Change series' }).click();
  await expect(page.getByText('New invoices on this device will be numbered A-…')).toBeVisible();

  // The client, with documents in English.
  await page.goto('/#/people/new?kind=client');
  await expect(shell.heading('New client')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(CLIENT);
  await page.getByLabel('Language of their documents').selectOption({ label: 'English' });
  await shell.save();
  await expect(clientHeading(page)).toBeVisible();
  await expect(main(page).getByText('Documents in')).toBeVisible();

  // A job of 5 field orders at $75: 2 done by the client's own staff, 3 delivered late.
  await clientPage.newJob();
  await expect(shell.heading('New job')).toBeVisible();
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(/.+/);
  await page.getByLabel('What is the job?').fill('Field orders');
  await page.getByLabel('Ordered on').fill(daysAgo(40));
  await page.getByRole('button', { name: 'Add a line' }).click();
  await page.locator('#job-line-0-description').fill('Field order');
  await page.locator('#job-line-0-quantity').fill('5');
  await page.locator('#job-line-0-unit').fill('order');
  await page.locator('#job-line-0-price').fill('75');
  await page.getByRole('button', { name: 'Remove line 2' }).click();
  await expect(page.locator('#job-line-1-quantity')).toHaveCount(0);
  // 5 × $75.00 = $375.00.
  await expect(page.getByTestId('job-lines-total')).toHaveText('Total: $375.00');
  await page
    .locator('summary')
    .filter({ hasText: /^What happened$/ })
    .click();
  await page.locator('#job-line-0-late').fill('3');
  await page.locator('#job-line-0-doneByClient').fill('2');
  // Done 35 days ago: marked done in the form, dated when it was.
  await page.getByLabel('Status').selectOption({ label: 'Done' });
  await page.getByText('More details').click();
  await page.getByLabel('Done on').fill(daysAgo(35));
  await shell.save();
  await expect(shell.heading('Field orders')).toBeVisible();
  const fieldOrders = jobIdOf(page);

  // Its line and what happened to each unit, in money: 3 × $75 = $225 late, 2 × $75 = $150 theirs.
  await expect(main(page).getByText('5 order at $75.00')).toBeVisible();
  await expect(page.getByTestId('line-0-late')).toHaveText('3 delivered late · $225.00');
  await expect(page.getByTestId('line-0-doneByClient')).toHaveText(
    '2 done by the client · $150.00',
  );
  await expect(page.getByTestId('job-billed')).toHaveText('$375.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$375.00');

  // The invoice, from the job page's next step.
  await page.getByRole('link', { name: 'Create invoice' }).click();
  await expect(shell.heading(`New invoice for ${CLIENT}`)).toBeVisible();
  await expect(main(page).getByText('Field orders, $375.00')).toBeVisible();
  await page.getByLabel('Date issued').fill(daysAgo(25));
  // Due on the client's 30 days' terms: 25 days ago + 30 = 5 days from now.
  await expect(page.getByLabel('Payment due')).toHaveValue(daysAgo(-5));
  await expect(page.getByLabel('Language of the invoice')).toHaveValue('en');
  await page.getByRole('button', { name: 'Issue invoice' }).click();
  // The screen's heading, apart from the document's own "Invoice A-0001".
  await expect(
    page.locator('header.page-header').getByRole('heading', { level: 1, name: 'Invoice A-0001' }),
  ).toBeVisible();
  const invoice = main(page).locator('article.document');
  await expect(invoice).toContainText('Fieldwork Signs');
  await expect(invoice).toContainText('12 Quay Street');
  await expect(invoice.getByRole('heading', { name: 'Bill to' })).toBeVisible();
  await expect(invoice).toContainText(CLIENT);
  await expect(invoice).toContainText(shown(daysAgo(25)));
  await expect(invoice).toContainText(shown(daysAgo(-5)));
  const line = invoice.getByRole('row').filter({ hasText: 'Field order' }).last();
  await expect(line.getByRole('cell')).toHaveText([
    'Field order',
    '5',
    'order',
    '$75.00',
    '$375.00',
  ]);
  await expect(invoice.getByRole('row', { name: /^Total/ })).toContainText('$375.00');
  await expect(invoice.getByRole('row', { name: /^Amount due/ })).toContainText('$375.00');
  await expect(invoice).toContainText('How to pay');
  await expect(invoice).toContainText('40-11-22 31926819');

  // The job is invoiced on the day issued, and owes the whole $375.00, not yet due.
  await page.goto(`/#/jobs/${fieldOrders}`);
  await expect(shell.heading('Field orders')).toBeVisible();
  await expect(main(page).locator('header').getByText('Invoiced', { exact: true })).toBeVisible();
  await expect(page.getByTestId('job-outstanding')).toHaveText('$375.00');
  await expect(page.getByTestId('job-due')).toHaveText(shown(daysAgo(-5)));
  await expect(page.getByTestId('job-days-overdue')).toHaveCount(0);

  // A $150 credit settles the dispute over the 2 orders the client did itself: 2 × $75 = $150.
  await page.getByRole('button', { name: 'Give a credit' }).click();
  const creditForm = page.getByRole('form', { name: 'Give a credit' });
  await expect(creditForm.getByText('Owed on this job: $375.00.')).toBeVisible();
  await creditForm.getByLabel('Amount', { exact: true }).fill('150');
  await creditForm.getByLabel('Date', { exact: true }).fill(daysAgo(20));
  await creditForm.getByLabel('Why').selectOption({ label: 'Dispute settled' });
  await creditForm.getByLabel(/^Note/).fill('dispute settled: 2 orders done by their staff');
  await creditForm.getByRole('button', { name: 'Save' }).click();
  await expect(creditForm).toHaveCount(0);
  // Billed stays $375.00; what is owed is $375 − $150 = $225.
  await expect(page.getByTestId('job-billed')).toHaveText('$375.00');
  await expect(page.getByTestId('job-credited')).toHaveText('$150.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$225.00');
  await expect(page.getByTestId('credit-amount')).toHaveText('$150.00');
  await expect(main(page).getByText('Dispute settled', { exact: true })).toBeVisible();
  await expect(page.getByTestId('job-days-overdue')).toHaveCount(0);

  // A promise, made on a call 15 days ago, to pay the $225 left within a week from today.
  await main(page).getByRole('link', { name: CLIENT, exact: true }).click();
  await expect(clientHeading(page)).toBeVisible();
  await page.getByRole('link', { name: 'Add a promise to pay' }).click();
  await expect(shell.heading(`Promise to pay from ${CLIENT}`)).toBeVisible();
  await page.getByLabel('Amount promised').fill('225');
  await page.getByLabel('Promise made on').fill(daysAgo(15));
  await page.getByLabel('Promised to pay by').fill(daysAgo(-7));
  await page.getByLabel('How they promised').selectOption({ label: 'On a call' });
  await page.getByLabel('For which job').selectOption({ label: 'Field orders ($375.00)' });
  await page.getByRole('button', { name: 'Save promise' }).click();
  await expect(clientHeading(page)).toBeVisible();
  const promises = main(page).getByRole('region', { name: 'Promises to pay' });
  const promise = promises.getByRole('listitem').filter({ hasText: '$225.00' });
  await expect(promise).toContainText(`$225.00 by ${shown(daysAgo(-7))}`);
  await expect(promise).toContainText(`Promised ${shown(daysAgo(15))}, On a call`);
  await expect(promise.getByTestId('promise-status')).toHaveText('Open');

  // A cheque for the $225, posted 10 days ago and not yet arrived: it settles nothing yet.
  await page.goto(`/#/jobs/${fieldOrders}`);
  await jobPage.recordPayment();
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('225.00');
  await expect(page.getByRole('checkbox', { name: 'Field orders' })).toBeChecked();
  await page.getByLabel('Sent on').fill(daysAgo(10));
  await page.getByLabel('Not received yet (a cheque in the mail)').check();
  await expect(page.getByLabel('Received on')).toHaveCount(0);
  await page.getByLabel('How was it paid?').selectOption({ label: 'Cheque' });
  await page.getByLabel(/^Reference/).fill('Cheque 2207');
  await shell.save();
  await expect(clientHeading(page)).toBeVisible();
  // Sent on or before the promised day: the promise is kept, though the money is not in yet.
  await expect(promise.getByTestId('promise-status')).toHaveText('Kept');

  await page.goto(`/#/jobs/${fieldOrders}`);
  await expect(page.getByTestId('job-sent')).toHaveText('$225.00');
  await expect(page.getByTestId('job-paid')).toHaveText('$0.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$225.00');
  const payments = main(page).getByRole('region', { name: 'Payments for this job' });
  await expect(payments).toContainText(`Sent ${shown(daysAgo(10))} · in the mail`);

  // The cheque arrives today, later than it was sent; both dates are kept.
  await payments.getByRole('button', { name: 'Mark received' }).click();
  await expect(payments.getByRole('button', { name: 'Mark received' })).toHaveCount(0);
  await expect(payments).toContainText(
    `Sent ${shown(daysAgo(10))} · received ${shown(daysAgo(0))}`,
  );
  // $375 billed − $150 credited − $225 received = $0: paid, before the due date, never overdue.
  await expect(page.getByTestId('job-paid')).toHaveText('$225.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$0.00');
  await expect(page.getByTestId('job-sent')).toHaveCount(0);
  await expect(main(page).locator('header').getByText('Paid', { exact: true })).toBeVisible();
  await expect(page.getByTestId('job-on-time')).toHaveText('Paid on time');
  await expect(page.getByTestId('job-days-overdue')).toHaveCount(0);
  await expect(page.getByTestId('job-due')).toHaveCount(0);

  // The client's page: the promise stays kept.
  await main(page).getByRole('link', { name: CLIENT, exact: true }).click();
  await expect(clientHeading(page)).toBeVisible();
  await expect(promise.getByTestId('promise-status')).toHaveText('Kept');

  // A second, small job, done today, paid $130 for its $100: $30 over is the client's credit.
  await clientPage.newJob();
  await page.getByLabel('What is the job?').fill('Van magnet');
  await page.getByLabel('Amount', { exact: true }).fill('100');
  await page.getByLabel('Status').selectOption({ label: 'Done' });
  await shell.save();
  await expect(shell.heading('Van magnet')).toBeVisible();
  await jobPage.recordPayment();
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('100.00');
  await page.getByLabel('Amount', { exact: true }).fill('130');
  await page.getByLabel('How was it paid?').selectOption({ label: 'Bank transfer' });
  await expect(page.getByLabel('Amount for “Van magnet”')).toHaveValue('100.00');
  // $130 − $100 = $30 left over.
  await expect(page.getByText('Not yet assigned to a job: $30.00')).toBeVisible();
  await expect(
    page.getByText('Whatever is not assigned stays as credit with this client.'),
  ).toBeVisible();
  await shell.save();
  await expect(clientHeading(page)).toBeVisible();
  await expect(page.getByTestId('credit-unallocated')).toHaveText('$30.00');

  // A third job, done today and not paid: the statement's open item.
  await clientPage.newJob();
  await page.getByLabel('What is the job?').fill('Window decal');
  await page.getByLabel('Amount', { exact: true }).fill('60');
  await page.getByLabel('Status').selectOption({ label: 'Done' });
  await shell.save();
  await expect(shell.heading('Window decal')).toBeVisible();
  await expect(page.getByTestId('job-outstanding')).toHaveText('$60.00');

  // The statement, one tap from the client's page.
  await main(page).getByRole('link', { name: CLIENT, exact: true }).click();
  await expect(clientHeading(page)).toBeVisible();
  await main(page).getByRole('link', { name: 'Statement' }).first().click();
  await expect(shell.heading(`Statement for ${CLIENT}`)).toBeVisible();
  await expect(page.getByLabel('As of', { exact: true })).toHaveValue(daysAgo(0));
  const statement = main(page).locator('article.document');
  await expect(statement).toHaveCount(1);
  await expect(statement).toContainText('Statement of account');
  await expect(statement).toContainText(`As of ${shown(daysAgo(0))}`);
  await expect(statement).toContainText('Fieldwork Signs');
  await expect(statement.getByRole('heading', { name: 'To', exact: true })).toBeVisible();
  await expect(statement).toContainText(CLIENT);
  // Open items: only the Window decal still owes anything ($60.00, billed today, not yet due).
  const openItem = statement.getByRole('row').filter({ hasText: 'Window decal' });
  await expect(openItem).toHaveCount(1);
  await expect(openItem.getByRole('cell').last()).toHaveText('$60.00');
  await expect(statement.getByRole('row').filter({ hasText: 'Field orders' })).toHaveCount(2);
  // Credits: the $150 settling the dispute, against Field orders.
  const credit = statement.getByRole('row').filter({ hasText: 'Credit settling a dispute' });
  await expect(credit.getByRole('cell')).toHaveText([
    shown(daysAgo(20)),
    'Credit settling a dispute',
    'Field orders',
    '$150.00',
  ]);
  // Payments received: the cheque ($225, received today) and the transfer ($130, of which $100
  // went to the Van magnet).
  await expect(
    statement.getByRole('row').filter({ hasText: '$225.00' }).getByRole('cell'),
  ).toHaveText([shown(daysAgo(0)), 'Field orders', '$225.00']);
  await expect(
    statement.getByRole('row').filter({ hasText: '$130.00' }).getByRole('cell'),
  ).toHaveText([shown(daysAgo(0)), 'Van magnet', '$130.00']);
  // Balance: $60 owed on open items − $30 not yet applied to a bill = $30 due.
  await expect(statement.getByRole('row', { name: /^Owed on open items/ })).toContainText('$60.00');
  await expect(
    statement.getByRole('row', { name: /^Payments not yet applied to a bill/ }),
  ).toContainText('−$30.00');
  await expect(statement.getByRole('row', { name: /^Balance due/ })).toContainText('$30.00');
  await expect(statement).toContainText('40-11-22 31926819');

  // Print: the browser's print dialog, stubbed so the test can see it was asked for.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const actions = page.getByRole('group', { name: 'Document actions' });
  await actions.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);

  // Share: headless Chromium cannot share a file, so the statement is downloaded instead.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    actions.getByRole('button', { name: 'Share' }).click(),
  ]);
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^Statement-of-account-Marlow-Surveys-[\w-]+\.html$/);
  await expect(page.getByText(`Saved ${fileName}.`)).toBeVisible();
  const saved = testInfo.outputPath(fileName);
  await download.saveAs(saved);
  const html = readFileSync(saved, 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain(CLIENT);
  expect(html).toContain('Balance due');
  expect(html).toContain('$30.00');
  expect(html).not.toContain('<script');

  // The credit is offered when the next job is paid: the $30 goes to the Window decal, which then
  // owes $60 − $30 = $30, and the client has no credit left.
  await page.getByRole('link', { name: `Back to ${CLIENT}` }).click();
  await expect(clientHeading(page)).toBeVisible();
  await main(page)
    .getByRole('link', { name: /Window decal/ })
    .click();
  await expect(shell.heading('Window decal')).toBeVisible();
  await jobPage.recordPayment();
  await expect(page.getByText('This client has $30.00 credit.')).toBeVisible();
  await page.getByRole('button', { name: 'Apply to this job' }).click();
  await expect(shell.heading('Window decal')).toBeVisible();
  await expect(page.getByTestId('job-paid')).toHaveText('$30.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$30.00');
  await main(page).getByRole('link', { name: CLIENT, exact: true }).click();
  await expect(clientHeading(page)).toBeVisible();
  await expect(page.getByText('None: everything they paid is applied to a job.')).toBeVisible();
  await expect(page.getByTestId('credit-unallocated')).toHaveCount(0);
});
