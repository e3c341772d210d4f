/**
 * A new owner's first visit: Home's welcome and the demo offer show at once, without the database's
 * code (Dexie) or the database itself, which are not needed while nothing is stored
 * (src/state/nothing-stored.ts, load-database.ts). The first write, in this tab or another, brings
 * them, and Home follows it. Once the browser has said something is stored, later starts take the
 * page's note of it instead of asking again.
 */
import { expect, test, type Page } from '@playwright/test';

const databases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
const dexieLoaded = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => /\/dexie-[\w-]+\.js$/.test(e.name)),
  );

const storedNote = (page: Page) => page.evaluate(() => localStorage.getItem('goodwill.stored'));

test('the welcome shows with no database; the first write in another tab brings it, and Home follows', async ({
  context,
}) => {
  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByRole('heading', { name: 'Welcome to Goodwill Ledger' })).toBeVisible();
  await expect(home.getByRole('button', { name: 'Explore a demo business' })).toBeVisible();
  // The shortcuts load after the first paint: once they have, the page has settled.
  await expect(home.getByRole('link', { name: 'Jobs' })).toBeVisible();
  expect(await databases(home)).not.toContain('goodwill-ledger');
  expect(await dexieLoaded(home)).toBe(false);

  // A client added in another tab: the first write anywhere.
  const other = await context.newPage();
  await other.goto('/#/people/new?kind=client');
  await other.getByLabel('Name').first().fill('Harbour Roofing');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Harbour Roofing' })).toBeVisible();

  await expect(home.getByRole('heading', { name: 'Welcome to Goodwill Ledger' })).toBeHidden();
  await expect(home.getByTestId('home-owed')).toBeVisible();
  expect(await dexieLoaded(home)).toBe(true);
  expect(await storedNote(home)).toBeNull();

  // The next start asks the browser once more, hears that something is stored and notes it; the
  // starts after that take the note's word without asking, and show the records all the same.
  await home.reload();
  await expect(home.getByTestId('home-owed')).toBeVisible();
  await expect.poll(() => storedNote(home)).toBe('1');
  await home.reload();
  await expect(home.getByTestId('home-owed')).toBeVisible();
  await expect(home.getByRole('heading', { name: 'Welcome to Goodwill Ledger' })).toBeHidden();
});

test('the demo loaded from the welcome shows on Home at once', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore a demo business' }).click();
  await expect(page.getByText('You are exploring a demo business.')).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByTestId('home-owed')).toHaveText(/^\$[\d,]+\.\d\d$/, { timeout: 60_000 });
});
