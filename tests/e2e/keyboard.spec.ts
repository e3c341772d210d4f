/**
 * Journey: the keyboard alone. On a desktop-sized window, with no mouse at all, the owner adds a
 * client, a job for them, a payment toward it, and works a worksheet about them through to its
 * result; the keyboard shortcuts get them there, `?` lists the shortcuts, and focus is always
 * visible and lands back where it was when a dialog closes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it never comes. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      // The focus is visible: the outline the app draws for keyboard focus is there.
      expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

function idFromHash(page: Page, section: string): string {
  const match = new RegExp(`#/${section}/([0-9a-f-]{36})`).exec(page.url());
  if (!match) throw new Error(`no ${section} id in ${page.url()}`);
  return match[1]!;
}

test('client, job, payment and worksheet with the keyboard alone, shortcuts included', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await page.goto('/#/');
  await expect(shell.heading('Who owes me')).toBeVisible();

  // Focus starts on the screen's content; Tab reaches its first link, with a visible focus.
  const addFirst = page.getByRole('link', { name: 'Add your first client' });
  await tabTo(page, addFirst);

  // ? lists the shortcuts; Escape closes the list and focus goes back where it was.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /^N New job/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /^P Record a payment/ })).toBeVisible();
  await expect(help.getByRole('row', { name: '/ Search people' })).toBeVisible();
  // Keys are for the dialog while it is open: N does not leave the page behind it.
  await page.keyboard.press('n');
  await expect(help).toBeVisible();
  // Focus stays inside the dialog however far one tabs.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await help.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(addFirst).toBeFocused();

  // C adds a client.
  await page.keyboard.press('c');
  await expect(shell.heading('New client')).toBeVisible();
  // Saving with no name says what is wrong, on the field and in an alert.
  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/required/);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(name).toBeFocused();
  // Typing into a field is typing: N here is a letter, not a new job.
  await page.keyboard.type('Nightingale Bakery');
  await expect(name).toHaveValue('Nightingale Bakery');
  await page.keyboard.press('Enter');
  await expect(shell.heading('Nightingale Bakery')).toBeVisible();
  const clientId = idFromHash(page, 'people');

  // N on the client's page starts a job for them.
  await page.keyboard.press('n');
  await expect(shell.heading('New job')).toBeVisible();
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(clientId);
  await tabTo(page, page.getByLabel('What is the job?'));
  await page.keyboard.type('Oven hood cleaning');
  await tabTo(page, page.getByLabel('Amount', { exact: true }));
  await page.keyboard.type('1200');
  // A list is chosen by typing the start of its option: Invoiced.
  const status = page.getByLabel('Status');
  await tabTo(page, status);
  await page.keyboard.type('i');
  await expect(status).toHaveValue('invoiced');
  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(shell.heading('Oven hood cleaning')).toBeVisible();
  const jobId = idFromHash(page, 'jobs');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$1,200.00');

  // P on the job's page records a payment toward that job.
  await page.keyboard.press('p');
  await expect(shell.heading('Record a payment')).toBeVisible();
  const amount = page.getByLabel('Amount', { exact: true });
  await tabTo(page, amount);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('500');
  await page.keyboard.press('Enter');
  await expect(shell.heading('Nightingale Bakery')).toBeVisible();

  // The number keys go to the sections: the job, in the Jobs list, shows the payment.
  await page.keyboard.press('3');
  await expect(shell.heading('Jobs')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: /Oven hood cleaning/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/jobs/${jobId}$`));
  await expect(page.getByTestId('job-paid')).toHaveText('$500.00');
  await expect(page.getByTestId('job-outstanding')).toHaveText('$700.00');
  await page.keyboard.press('4');
  await expect(shell.heading('Payments')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('$500.00');
  await page.keyboard.press('/');
  await expect(shell.heading('Clients')).toBeVisible();
  const search = page.getByLabel('Search', { exact: true });
  await expect(search).toBeFocused();
  await page.keyboard.type('night');
  const client = page.getByRole('link', { name: /Nightingale Bakery/ });
  await tabTo(page, client);
  await page.keyboard.press('Enter');
  await expect(shell.heading('Nightingale Bakery')).toBeVisible();

  // A worksheet about them, started and worked to its result.
  await tabTo(page, page.getByRole('link', { name: 'Keep or part ways?' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('About', { exact: true })).toHaveValue(clientId);
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  // The first option of the first question, chosen with Space.
  const firstOption = page.getByRole('radio').first();
  await tabTo(page, firstOption);
  await page.keyboard.press('Space');
  await expect(firstOption).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 3 of 5')).toBeVisible();
  await expect(page.getByTestId('recommendation')).not.toBeEmpty();
  await expect(page.getByTestId('save-status')).toHaveText('Draft saved');

  // 1 goes home, where the client now owes the rest.
  await page.keyboard.press('1');
  await expect(shell.heading('Who owes me')).toBeVisible();
  await expect(page.getByTestId('home-owed')).toHaveText('$700.00');
});
