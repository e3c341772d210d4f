/**
 * Journey: keeping a client list. Add a client through the form (after a refused save), edit them,
 * find them by search, log a reminder in two taps, archive and bring them back, delete and undo,
 * and find everything still there after a reload.
 */
import { expect, test, type Page } from '@playwright/test';

/** The people in the list on screen (not the navigation's links). */
const peopleRows = (page: Page) => page.getByRole('main').getByRole('list').getByRole('link');

async function addParty(page: Page, fields: { name: string; phone?: string }) {
  await page.getByRole('link', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(fields.name);
  if (fields.phone) await page.getByLabel('Phone').fill(fields.phone);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fields.name })).toBeVisible();
}

test('a client is added, edited, found, contacted, archived and deleted, and it all stays', async ({
  page,
}) => {
  await page.goto('/#/people');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Clients', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );

  // The other list is one tap away and has its own empty state.
  await page.getByRole('link', { name: 'Subcontractors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Subcontractors' })).toBeVisible();
  await expect(page.getByText('No subcontractors yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();

  // Someone to be the referrer, seeded through the same form.
  await addParty(page, { name: 'Lena Ortiz', phone: '555 777 1234' });
  await page.getByRole('link', { name: 'People' }).click();

  // A refused save: the error sits at the field and nothing is stored.
  await page.getByRole('link', { name: 'Add client' }).click();
  await expect(page.getByLabel('Payment terms (days)')).toHaveValue('30');
  await page.getByRole('button', { name: 'Save' }).click();
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#party-name-error')).toHaveText('This is required.');
  await expect(page.getByRole('alert')).toHaveText('Please fix the fields marked below.');
  await page.getByLabel('Deposit (%)').fill('150');
  await expect(page.locator('#party-deposit-error')).toHaveText('This is too large.');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(peopleRows(page)).toHaveCount(1);

  // Now a proper one.
  await page.getByRole('link', { name: 'Add client' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Harbour Bakery');
  await page.getByLabel('Email').fill('orders@harbour.example');
  await page.getByLabel('Phone').fill('(555) 010-2000');
  await page.getByLabel('Address (optional)', { exact: true }).fill('4 Quay Street\nPort Ellen');
  await page.getByLabel('Address last confirmed').fill('2025-01-15');
  await page.getByLabel('Payment terms (days)').fill('14');
  await page.getByLabel('Deposit (%)').fill('20');
  await page.getByLabel('Working together since').fill('2023-03-01');
  await page.getByLabel('Referred by').selectOption({ label: 'Lena Ortiz (Client)' });
  await page.getByLabel('Notes').fill('Pays by cheque.');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Bakery' })).toBeVisible();
  await expect(page.getByText('Harbour Bakery saved.')).toBeVisible();
  await expect(page.getByText('Net 14, deposit 20%')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lena Ortiz' })).toBeVisible();
  await expect(page.getByTestId('figure-since')).toHaveText('Mar 1, 2023');
  await expect(page.getByTestId('figure-outstanding')).toHaveText('$0.00');
  await expect(page.getByTestId('figure-on-time-rate')).toHaveText('—');
  await expect(page.getByRole('link', { name: 'New job' })).toHaveAttribute(
    'href',
    /#\/jobs\/new\?client=[0-9a-f-]{36}$/,
  );

  // Edit: a bad email is flagged as it is typed, then fixed.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Harbour Bakery' })).toBeVisible();
  await page.getByLabel('Email').fill('orders@harbour');
  await expect(page.locator('#party-email-error')).toHaveText('This is not an email address.');
  await page.getByLabel('Email').fill('hello@harbour.example');
  await expect(page.locator('#party-email-error')).toHaveCount(0);
  await page.getByLabel('Phone').fill('(555) 010-2999');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: '(555) 010-2999' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'hello@harbour.example' })).toBeVisible();

  // Search filters as you type, by name, email or phone.
  await page.getByRole('link', { name: 'People' }).click();
  const rows = peopleRows(page);
  await expect(rows).toHaveCount(2);
  const search = page.getByLabel('Search');
  await search.fill('HARB');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Harbour Bakery');
  await search.fill('5557771234');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Lena Ortiz');
  await search.fill('hello@');
  await expect(rows).toHaveCount(1);
  await search.fill('nobody here');
  await expect(page.getByText('No one matches “nobody here”.')).toBeVisible();
  await search.fill('harbour');
  await rows.first().click();

  // Two taps: what happened, then Save (already focused).
  await page.getByRole('button', { name: 'Reminder sent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reminder sent' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Who reached out')).toHaveValue('me');
  const saveContact = dialog.getByRole('button', { name: 'Save' });
  await expect(saveContact).toBeFocused();
  await saveContact.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Reminder sent logged.')).toBeVisible();
  const log = page.getByRole('region', { name: 'Contact log' }).getByRole('listitem');
  await expect(log).toHaveCount(1);
  await expect(log.first()).toContainText('Reminder sent');
  await expect(log.first()).toContainText('You reached out');

  // A promise to pay is a record of its own, with an amount and a day; the payments will tell
  // whether it was kept.
  await page.getByRole('button', { name: 'Promise to pay' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Promise to pay from Harbour Bakery' }),
  ).toBeVisible();
  await page.getByLabel('Amount promised').fill('250');
  await page.getByLabel('Promised to pay by').fill('2031-06-30');
  await page.getByLabel('Note').fill('Said the cheque goes out Friday.');
  await page.getByRole('button', { name: 'Save promise' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Bakery' })).toBeVisible();
  const promises = page.getByRole('region', { name: 'Promises to pay' }).getByRole('listitem');
  await expect(promises).toHaveCount(1);
  await expect(promises.first()).toContainText('$250.00 by Jun 30, 2031');
  await expect(promises.first()).toContainText('Open');
  await expect(promises.first()).toContainText('Said the cheque goes out Friday.');

  // Deleting one offers Undo.
  await page.getByRole('button', { name: 'Delete: promise of $250.00' }).click();
  await expect(promises).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(promises).toHaveCount(1);
  await expect(log).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, 0));

  // Archive hides them from the list until asked; unarchive brings them back.
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Harbour Bakery archived')).toBeVisible();
  await expect(page.locator('.page-header').getByText('Archived')).toBeVisible();
  await page.getByRole('link', { name: 'People' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Lena Ortiz');
  await page.getByLabel('Show archived').check();
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: 'Harbour Bakery' }).click();
  await page.getByRole('button', { name: 'Unarchive' }).click();
  await expect(page.getByText('Harbour Bakery is back in the list.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await expect(page.locator('.page-header').getByText('Archived')).toHaveCount(0);

  // Delete goes back to the list with Undo.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByText('Harbour Bakery deleted.')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2);

  // All of it is stored.
  await page.reload();
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: 'Harbour Bakery' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Bakery' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await expect(page.getByRole('link', { name: '(555) 010-2999' })).toBeVisible();
  await expect(page.getByText('Net 14, deposit 20%')).toBeVisible();
  await expect(log).toHaveCount(1);
  await expect(log.first()).toContainText('Reminder sent');
  await expect(promises).toHaveCount(1);

  // A long log folds to its last five entries; "Show all" opens it in place, and folds it again.
  for (let i = 0; i < 5; i++) {
    await page
      .getByRole('group', { name: 'Log a contact' })
      .getByRole('button', { name: 'Note' })
      .click();
    await page.getByRole('dialog', { name: 'Note' }).getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog', { name: 'Note' })).toBeHidden();
  }
  const showAll = page.getByRole('button', { name: 'Show all 6' });
  await expect(log).toHaveCount(5);
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await showAll.click();
  await expect(log).toHaveCount(6);
  await expect(log.last()).toContainText('Reminder sent');
  const showFewer = page.getByRole('button', { name: 'Show fewer' });
  await expect(showFewer).toHaveAttribute('aria-expanded', 'true');
  await showFewer.click();
  await expect(log).toHaveCount(5);

  await page.getByRole('link', { name: 'Lena Ortiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Ortiz' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Harbour Bakery' })).toBeVisible();
});
