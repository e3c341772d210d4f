/**
 * Journey: a version 1 export, made before the ledger's version 2 records, imports into the new
 * app through the Sync screen. The file is tests/fixtures/export-v1-demo.json, the demo business as
 * the version 1 app exported it (as of 30 November 2026). The preview counts its records, the
 * import migrates it on the way, and every amount is intact on screen: what is owed, in dispute
 * and in the mail on Home; the aging as of the file's own day; and three clients' figures, one with
 * written-off jobs, one with a job in dispute and one with a cheque in the mail.
 *
 * The expected figures were summed from the fixture file by a small script (per client, by
 * version 1's rules in src/sync/v1/money-v1.ts) and written here as constants; their totals are the
 * ones pinned in tests/fixtures/README.md and src/sync/v1/money-v1.test.ts: $718,400 billed,
 * $670,850 received, $3,525 in the mail, $7,075 written off, $40,475 outstanding. None of them
 * moves with today's date: the file bills nothing after 30 November and received money counts
 * from the day it arrived; the aging is read as of 30 November.
 */
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './pages/insights-pages';
import { ClientPage } from './pages/people-pages';
import { SyncPage } from './pages/sync-page';

const FIXTURE = resolve('tests/fixtures/export-v1-demo.json');
const FILE_DAY = '2026-11-30';

/**
 * Clients' figures from the file. Amara Okafor: 28 jobs (25 paid, 2 written off, 1 invoiced);
 * billed $30,150, received $27,050, the 2 written-off jobs' unpaid $1,625 written off, so
 * 30,150 − 27,050 − 1,625 = $1,475 owed (the invoiced job). Jonas Weber: billed $12,725, received
 * $10,575, 12,725 − 10,575 = $2,150 owed, all of it the disputed job. Lindqvist Architects: billed
 * $6,000, received $4,925, 6,000 − 4,925 = $1,075 owed, and a $1,075 cheque sent, not received.
 */
const CLIENTS = [
  {
    name: 'Amara Okafor',
    figures: {
      billed: '$30,150.00',
      paid: '$27,050.00',
      outstanding: '$1,475.00',
      'written-off': '$1,625.00',
    },
  },
  {
    name: 'Jonas Weber',
    figures: {
      billed: '$12,725.00',
      paid: '$10,575.00',
      outstanding: '$2,150.00',
      'in-dispute': '$2,150.00',
    },
  },
  {
    name: 'Lindqvist Architects',
    figures: {
      billed: '$6,000.00',
      paid: '$4,925.00',
      outstanding: '$1,075.00',
      'in-the-mail': '$1,075.00',
    },
  },
] as const;

/**
 * The aging as of 30 November 2026, job by job from the file (due = invoiced on + terms, as
 * version 1 had it): not yet due $30,600 (19 jobs, the disputed $2,150 among them); 1–30 days
 * $6,275 (Ivy Lane 1,225 + Lindqvist 1,075 + Dunmore 900 + Lakeside 1,075 + Northside 2,000);
 * 31–60 $1,850 (Northside); 61–90 $550 (Castle Street); over 90 $1,200 (Castle Street).
 * 30,600 + 6,275 + 1,850 + 550 + 1,200 = 40,475.
 */
const AGING = {
  current: '$30,600.00',
  d1_30: '$6,275.00',
  d31_60: '$1,850.00',
  d61_90: '$550.00',
  d90_plus: '$1,200.00',
} as const;

async function openClient(page: Page, name: string) {
  await page.goto('/#/people');
  await page.getByRole('searchbox').fill(name);
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(name) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a version 1 export of the demo business imports with every amount intact', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/#/');
  const sync = new SyncPage(page);
  await sync.open();
  await sync.chooseFile(FIXTURE);
  await expect(sync.preview()).toBeVisible({ timeout: 60_000 });
  await expect(
    sync.preview().getByText('From Demo fixture laptop', { exact: false }),
  ).toBeVisible();
  // Every record of the file is new here: 53 people, 574 jobs, 719 payments, 386 contacts.
  expect(await sync.counts('People')).toEqual(['53', '0', '0', '0']);
  expect(await sync.counts('Jobs')).toEqual(['574', '0', '0', '0']);
  expect(await sync.counts('Payments')).toEqual(['719', '0', '0', '0']);
  expect(await sync.counts('Contacts')).toEqual(['386', '0', '0', '0']);
  // Made on the way from what version 1 kept in a job's status: a write-off for each of the 6
  // written-off jobs and a dispute for the 1 disputed job.
  expect(await sync.counts('Write-offs')).toEqual(['6', '0', '0', '0']);
  expect(await sync.counts('Disputes')).toEqual(['1', '0', '0', '0']);
  await sync.apply();

  // Home: what is owed now, the part in dispute and the cheques in the mail. Owed: 718,400 billed
  // − 670,850 received − 7,075 written off = $40,475; in dispute: Jonas Weber's $2,150; in the
  // mail: Lindqvist's $1,075 + Harbour View Café's $2,450 = $3,525.
  const home = new DashboardPage(page);
  await home.open();
  await expect(page.getByTestId('home-owed')).toHaveText('$40,475.00');
  await expect(page.getByTestId('home-in-dispute')).toHaveText('$2,150.00');
  await expect(page.getByTestId('home-in-the-mail')).toHaveText('$3,525.00');

  // The aging as of the file's own day.
  await home.agingAsOf(FILE_DAY);
  for (const [bucket, amount] of Object.entries(AGING)) {
    await expect(home.bucket(bucket as keyof typeof AGING)).toHaveText(amount);
  }
  await expect(page.getByTestId('aging-disputed-current')).toHaveText('$2,150.00');

  // Three clients, each as the file has them.
  const client = new ClientPage(page);
  for (const { name, figures } of CLIENTS) {
    await openClient(page, name);
    for (const [figure, amount] of Object.entries(figures)) {
      await expect(client.figure(figure as keyof typeof figures), `${name}: ${figure}`).toHaveText(
        amount,
      );
    }
  }

  // The jobs keep what happened to them: 6 written off and 1 in dispute, now derived from records.
  await page.goto('/#/jobs?status=written_off');
  await expect(page.getByRole('main').getByRole('list').getByRole('link')).toHaveCount(6);
  await page.goto('/#/jobs?status=disputed');
  const disputed = page.getByRole('main').getByRole('list').getByRole('link');
  await expect(disputed).toHaveCount(1);
  await expect(disputed).toContainText('Jonas Weber');
});
