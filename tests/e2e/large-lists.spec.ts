/**
 * Ten years of a busy business: 20,000 jobs imported through the Sync screen. The job list shows
 * the newest first, keeps only a window of rows in the page however far it scrolls, still reaches
 * the very last job (by scrolling and by the keyboard), and filters by status.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { JobListPage } from './pages/job-list-page';
import { SyncPage } from './pages/sync-page';
import { largeLedger } from './support/large-ledger';

const JOBS = 20_000;
/** Far fewer than the jobs: the rows in view plus the overscan either side. */
const MAX_ROWS_IN_PAGE = 100;

test('20,000 jobs: the list shows the newest first, stays light to the last job, and filters', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const ledger = largeLedger(JOBS);
  const file = testInfo.outputPath('large-ledger.json');
  writeFileSync(file, ledger.text);

  await page.goto('/');
  const sync = new SyncPage(page);
  await sync.open();
  await sync.chooseFile(file);
  await expect(sync.preview()).toBeVisible({ timeout: 30_000 });
  // Not sync.apply(): writing 20,000 jobs takes longer than its wait.
  await sync.preview().getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText(/^Import finished:/)).toBeVisible({ timeout: 60_000 });

  const jobs = new JobListPage(page);
  await jobs.open();
  await expect(jobs.count()).toHaveText('20,000 jobs', { timeout: 30_000 });

  // Newest first, each row telling its place among all 20,000.
  await expect(jobs.row(1)).toContainText(ledger.title(JOBS));
  await expect(jobs.row(2)).toContainText(ledger.title(JOBS - 1));
  await expect(jobs.row(1)).toHaveAttribute('aria-setsize', String(JOBS));
  expect(await jobs.rows().count()).toBeLessThan(MAX_ROWS_IN_PAGE);
  // Rows have one fixed height: even an invoiced, overdue job's row holds all it shows.
  await expect(jobs.row(1)).toContainText('days overdue');
  expect(await jobs.overflowingRows()).toEqual([]);

  // Scrolling down the whole list never fills the page with rows.
  for (const fraction of [0.1, 0.35, 0.6, 0.85]) {
    await jobs.scrollTo(fraction);
    const place = Math.round(fraction * JOBS);
    // Somewhere near that fraction of the list comes on screen. Waited for: the rows of the
    // previous place stay until the list has drawn the new window (reading them at once raced it).
    await expect
      .poll(async () => {
        const shown = Number(await jobs.rows().first().getAttribute('aria-posinset'));
        return Math.abs(shown - place);
      })
      .toBeLessThan(JOBS * 0.02);
    expect(await jobs.rows().count()).toBeLessThan(MAX_ROWS_IN_PAGE);
  }

  // The end: the oldest job is the last row, and is on screen.
  await jobs.scrollTo(1);
  await expect(jobs.row(JOBS)).toContainText(ledger.title(1));
  await expect(jobs.row(JOBS)).toBeInViewport();
  expect(await jobs.rows().count()).toBeLessThan(MAX_ROWS_IN_PAGE);

  // By keyboard: Home goes to the first row, End to the last, the arrows step between rows.
  await jobs.row(JOBS).getByRole('link').focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('link', { name: new RegExp(ledger.title(JOBS)) })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: new RegExp(ledger.title(JOBS - 1)) })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('link', { name: new RegExp(`${ledger.title(1)}\\b`) })).toBeFocused();
  await expect(jobs.row(JOBS)).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('link', { name: new RegExp(ledger.title(2)) })).toBeFocused();

  // Filtering: a quarter are disputed; the newest of them comes first.
  await jobs.scrollTo(0);
  await jobs.filterByStatus('Disputed');
  // Reading 5,000 of 20,000 jobs by status is as slow as the first read on a busy machine (the
  // screenshot tour runs beside it in CI): wait for the count as long as for that one.
  await expect(jobs.count()).toHaveText('5,000 jobs', { timeout: 30_000 });
  const newestDisputed = Array.from({ length: JOBS }, (_, i) => JOBS - i).find(
    (n) => ledger.statusOf(n) === 'disputed',
  )!;
  await expect(jobs.row(1)).toContainText(ledger.title(newestDisputed));
  await expect(jobs.row(1)).toHaveAttribute('aria-setsize', '5000');
  await expect(jobs.row(1)).toContainText('Disputed');
  expect(await jobs.rows().count()).toBeLessThan(MAX_ROWS_IN_PAGE);
  await jobs.scrollTo(1);
  await expect(jobs.row(5000)).toContainText(ledger.title(1));
});
