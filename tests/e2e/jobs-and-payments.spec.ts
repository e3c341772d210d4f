/**
 * Journey: billing a client and getting paid. A client is added through the People form; a job is
 * refused while its amount is negative or its done date comes before the order, then saved as
 * invoiced 40 days ago on 30-day terms; a partial payment leaves 600.00 outstanding and 10 days
 * overdue; a cheque in the mail changes nothing yet; the job list filters by status and overdue;
 * the job is deleted and brought back; and after a reload everything is still there.
 */
import { expect, test, type Page } from '@playwright/test';

/** A local calendar day `n` days ago, as the browser on this machine counts it. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const main = (page: Page) => page.getByRole('main');
const jobRows = (page: Page) => main(page).getByRole('list').getByRole('link');

test('a job is billed, part paid, filtered, deleted and restored, and it all stays', async ({
  page,
}) => {
  // A client, through the People form.
  await page.goto('/#/people/new?kind=client');
  await page.getByLabel('Name', { exact: true }).fill('Harbour Bakery');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Bakery' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
  await expect(page.getByText('No jobs yet. Add the first one with “New job”.')).toBeVisible();

  // A job refused twice: a negative amount, then a done date before the order.
  await page.getByRole('link', { name: 'New job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New job' })).toBeVisible();
  await expect(page.getByLabel('Ordered on')).toHaveValue(daysAgo(0));
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Harbour Bakery' });
  await page.getByLabel('What is the job?').fill('Shop sign');
  const amount = page.getByLabel('Amount', { exact: true });
  await amount.fill('-1000');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#job-amount-error')).toHaveText('This cannot be negative.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please fix the fields marked below.');
  await expect(page.getByRole('heading', { level: 1, name: 'New job' })).toBeVisible();

  await amount.fill('1,000.00');
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Ordered on').fill(daysAgo(45));
  await page.getByLabel('Status').selectOption({ label: 'Invoiced' });
  await page.getByText('More details').click();
  await expect(page.getByLabel('Payment terms, in days')).toHaveValue('30');
  await page.getByLabel('Done on').fill(daysAgo(50));
  await expect(page.locator('#job-done-error')).toHaveText(
    'This date cannot be before the job was ordered.',
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Done on')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'New job' })).toBeVisible();

  await page.getByLabel('Done on').fill(daysAgo(42));
  await page.getByLabel('Invoiced on').fill(daysAgo(40));
  await expect(page.getByText(/^Leave empty to follow the terms: due /)).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();

  // The job: billed, unpaid, 10 days past its due date.
  await expect(page.getByRole('heading', { level: 1, name: 'Shop sign' })).toBeVisible();
  await expect(main(page).getByRole('link', { name: 'Harbour Bakery' })).toBeVisible();
  await expect(page.getByTestId('job-billed')).toHaveText('$1,000.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$1,000.00');
  await expect(page.getByTestId('job-days-overdue')).toHaveText('10 days overdue');

  // A partial payment of 400.00 against it.
  await page.getByRole('link', { name: 'Record payment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a payment' })).toBeVisible();
  await expect(page.getByLabel('What happened?')).toHaveValue('client_to_me');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(/.+/);
  const paid = page.getByLabel('Amount', { exact: true });
  await expect(paid).toHaveValue('1000.00');
  await expect(page.getByRole('group', { name: 'Which jobs does it settle?' })).toBeVisible();
  const jobBox = page.getByRole('checkbox', { name: 'Shop sign' });
  await expect(jobBox).toBeChecked();
  const share = page.getByLabel('Amount for “Shop sign”');
  await paid.fill('400');
  await expect(share).toHaveValue('400.00');
  await expect(page.getByText('Not yet assigned to a job: $0.00')).toBeVisible();

  // Giving the job more than the payment is refused at the jobs.
  await share.fill('500');
  await expect(page.locator('#payment-jobs-error')).toHaveText(
    'The amounts for the jobs add up to more than the payment.',
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please fix the fields marked below.');
  await share.fill('400');
  await expect(page.locator('#payment-jobs-error')).toHaveCount(0);
  await page.getByLabel('How was it paid?').selectOption({ label: 'Bank transfer' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Bakery' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await jobRows(page).filter({ hasText: 'Shop sign' }).click();
  await expect(page.getByTestId('job-paid')).toHaveText('$400.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$600.00');
  await expect(page.getByTestId('job-days-overdue')).toHaveText('10 days overdue');

  // A cheque in the mail: shown, but it settles nothing yet.
  await page.getByRole('link', { name: 'Record payment' }).click();
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('600.00');
  await page.getByLabel('How was it paid?').selectOption({ label: 'Cheque' });
  await page.getByLabel('Not received yet (a cheque in the mail)').check();
  await page.getByLabel('Reference').fill('Cheque 1042');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Bakery' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await jobRows(page).filter({ hasText: 'Shop sign' }).click();
  await expect(page.getByTestId('job-outstanding')).toHaveText('$600.00');
  await expect(page.getByTestId('job-sent')).toHaveText('$600.00');
  await expect(page.getByTestId('job-days-overdue')).toHaveText('10 days overdue');
  const payments = main(page).getByRole('region', { name: 'Payments for this job' });
  await expect(payments.getByRole('link')).toHaveCount(2);
  await expect(payments.getByRole('link', { name: /· in the mail ·/ })).toBeVisible();

  // The payments list tells money in from out in words, and flags the cheque in the mail.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Payments' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(main(page).getByText('In: +$400.00')).toBeVisible();
  await expect(main(page).getByText('In: +$600.00')).toBeVisible();
  await expect(main(page).getByText(/· in the mail/)).toHaveCount(1);

  // A second, open job for the same client, through the form's quick path.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await page.getByRole('link', { name: 'New job' }).click();
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Harbour Bakery' });
  await page.getByLabel('What is the job?').fill('Window lettering');
  await page.getByLabel('Amount', { exact: true }).fill('250');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Window lettering' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark done' })).toBeVisible();

  // Filters: by status, by overdue, and both.
  await page.goto('/#/jobs');
  await expect(jobRows(page)).toHaveCount(2);
  const filters = main(page).getByRole('navigation', { name: 'Show jobs by status' });
  await filters.getByRole('link', { name: 'Invoiced' }).click();
  await expect(filters.getByRole('link', { name: 'Invoiced' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(jobRows(page)).toHaveCount(1);
  await expect(jobRows(page).first()).toContainText('Shop sign');
  await expect(jobRows(page).first()).toContainText('10 days overdue');
  await filters.getByRole('link', { name: 'Open' }).click();
  await expect(jobRows(page)).toHaveCount(1);
  await expect(jobRows(page).first()).toContainText('Window lettering');
  await page.getByRole('button', { name: 'Overdue only' }).click();
  await expect(page).toHaveURL(/#\/jobs\?status=open&overdue=1$/);
  await expect(page.getByRole('button', { name: 'Overdue only' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('No “Open” job is overdue.')).toBeVisible();
  await filters.getByRole('link', { name: 'All' }).click();
  await expect(page).toHaveURL(/#\/jobs\?overdue=1$/);
  await expect(jobRows(page)).toHaveCount(1);
  await expect(jobRows(page).first()).toContainText('Shop sign');
  await page.getByRole('button', { name: 'Overdue only' }).click();
  await expect(jobRows(page)).toHaveCount(2);

  // Delete, then undo.
  await jobRows(page).filter({ hasText: 'Shop sign' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
  await expect(page.getByText('Shop sign deleted.')).toBeVisible();
  await expect(jobRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(jobRows(page)).toHaveCount(2);

  // After a reload, everything is where it was.
  await page.reload();
  await expect(jobRows(page)).toHaveCount(2);
  await jobRows(page).filter({ hasText: 'Shop sign' }).click();
  await expect(page.getByTestId('job-outstanding')).toHaveText('$600.00');
  await expect(page.getByTestId('job-sent')).toHaveText('$600.00');
  await expect(page.getByTestId('job-days-overdue')).toHaveText('10 days overdue');
  await page.goto('/#/payments');
  await expect(main(page).getByRole('list').getByRole('link')).toHaveCount(2);

  // The cheque arrives: the payment is edited to received today, its sent day kept, and the job
  // is paid, 10 days late.
  await main(page).getByRole('list').getByRole('link').filter({ hasText: 'in the mail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit payment' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Shop sign' })).toBeChecked();
  await expect(page.getByLabel('Amount for “Shop sign”')).toHaveValue('600.00');
  await page.getByLabel('Not received yet (a cheque in the mail)').uncheck();
  await page.getByLabel('Received on', { exact: true }).fill(daysAgo(0));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Bakery' })).toBeVisible();
  await page.goto('/#/jobs');
  await jobRows(page).filter({ hasText: 'Shop sign' }).click();
  await expect(page.getByTestId('job-outstanding')).toHaveText('$0.00');
  await expect(page.getByTestId('job-days-late')).toHaveText('Paid 10 days late');
  await expect(main(page).locator('header').getByText('Paid', { exact: true })).toBeVisible();

  // Deleting that payment can be undone too.
  await main(page)
    .getByRole('region', { name: 'Payments for this job' })
    .getByRole('link')
    .filter({ hasText: '$600.00' })
    .click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('The payment of $600.00 deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.goto('/#/jobs');
  await jobRows(page).filter({ hasText: 'Shop sign' }).click();
  await expect(page.getByTestId('job-outstanding')).toHaveText('$0.00');

  // One tap moves the open job along.
  await page.goto('/#/jobs?status=open');
  await jobRows(page).filter({ hasText: 'Window lettering' }).click();
  await page.getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByText('The job is now “Done”.')).toBeVisible();
  // The next step makes its numbered invoice.
  await expect(page.getByRole('link', { name: 'Create invoice' })).toBeVisible();
  await expect(page.getByTestId('job-outstanding')).toHaveText('$250.00');
});
