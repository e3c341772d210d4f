import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';

test('a change saved in one tab shows in another tab without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto('/#/');
  await expect(second.getByRole('heading', { level: 1, name: 'Who owes me' })).toBeVisible();

  const settings = new SettingsPage(first);
  await settings.open();
  await settings.setBusinessName('Harbour Roofing');
  await settings.save();
  await expect(first.getByText('Settings saved.')).toBeVisible();

  await expect(second.getByText('Hello, Harbour Roofing')).toBeVisible();
});

test('language and theme apply and are kept the moment they are chosen, half-typed details left alone', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await page.emulateMedia({ colorScheme: 'light' });
  // Typing in the business form, not saved: choosing the theme must neither save nor lose it.
  await settings.setBusinessName('Half typed');

  await settings.chooseTheme('Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settings.chooseLanguage('Русский');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Настройки');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByLabel('Название бизнеса')).toHaveValue('Half typed');
  // Nothing asked to be saved, and no Save was needed.
  await expect(page.getByText('Настройки сохранены.')).toHaveCount(0);

  // Stored at once: after a reload it is still Russian and dark.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Настройки');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#settings-language')).toHaveValue('ru');

  // Chosen back the same way.
  await settings.chooseLanguage('English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('a made-up currency is refused at the field, and the stored settings stay as they were', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.setCurrency('EUR');
  await settings.save();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await settings.setCurrency('XYZ');
  await settings.save();
  const field = page.getByLabel('Default currency');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This is not a currency code this browser knows.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Please fix the fields marked below.');

  // The unsaved typing is kept through a reload (and said to be unsaved); discarding it shows
  // what is stored, which the refused value never touched.
  await page.reload();
  await expect(page.getByText('It is not saved yet.')).toBeVisible();
  await expect(page.getByLabel('Default currency')).toHaveValue('XYZ');
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByLabel('Default currency')).toHaveValue('EUR');
});

test('the grace before late is 5 days with its hint, saved when changed, and refused past 60 at the field', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  const field = page.getByLabel('Grace before “late” (days)');
  await expect(field).toHaveValue('5');
  await expect(
    page.getByText('Days after the due date before a payment counts as late.', { exact: false }),
  ).toBeVisible();
  await field.fill('61');
  await settings.save();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('At most 60 days: a payment later than that is late.')).toBeVisible();
  await field.fill('10');
  await settings.save();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Grace before “late” (days)')).toHaveValue('10');
});

test('the home screen welcomes a new user and leads to adding a first client', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Goodwill Ledger' })).toBeVisible();
  await page.getByRole('link', { name: 'Add your first client' }).click();
  await expect(page).toHaveURL(/#\/people\/new\?kind=client$/);
});
