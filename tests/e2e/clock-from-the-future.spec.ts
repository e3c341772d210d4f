/**
 * Journey: a file carrying a record stamped in year 9999 arrives. The preview names that record
 * and says it will not be imported; the rest of the file is. Afterwards the device still saves,
 * its clock stays within five minutes of now after a reload, and a later edit from another file
 * still wins over this device's earlier one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PartyFormPage } from './pages/people-pages';
import { SyncPage } from './pages/sync-page';

const YEAR_9999 = 253_402_300_799_999;
const FIVE_MINUTES = 5 * 60_000;

type RawParty = { id: string; name: string; phone: string; stamps: Record<string, string> };
type RawFile = { device: { id: string; name: string }; parties: RawParty[] };

/** A stamp of another device's clock at `wall`. */
const stampAt = (wall: number) => `${String(wall).padStart(15, '0')}-000000-other-device`;

function craft(from: string, to: string, edit: (file: RawFile) => void) {
  const raw = JSON.parse(readFileSync(from, 'utf8')) as RawFile;
  raw.device = { id: 'other-device', name: 'Old phone' };
  edit(raw);
  writeFileSync(to, JSON.stringify(raw));
}

function restamp(party: RawParty, wall: number) {
  party.stamps = Object.fromEntries(Object.keys(party.stamps).map((f) => [f, stampAt(wall)]));
}

test('a record stamped in year 9999 is named and refused; the device still saves and a later edit wins', async ({
  page,
}, testInfo) => {
  const people = new PartyFormPage(page);
  const sync = new SyncPage(page);
  const file = (name: string) => testInfo.outputPath(name);

  await people.addClient('Ada Lovelace', '555 0100');
  const adaId = /#\/people\/([^/?]+)/.exec(page.url())![1]!;
  await sync.open();
  await sync.exportFile(file('mine.json'));

  // Another device's file: a new client dated sanely, and one from year 9999.
  craft(file('mine.json'), file('future.json'), (raw) => {
    const ada = raw.parties.find((p) => p.id === adaId)!;
    const bakery = { ...ada, id: '11111111-1111-4111-8111-111111111111', name: 'Harbour Bakery' };
    const future = { ...ada, id: '99999999-9999-4999-8999-999999999999', name: 'Zed Future' };
    restamp(bakery, Date.now() - 60_000);
    restamp(future, YEAR_9999);
    raw.parties.push(bakery, future);
  });
  await sync.chooseFile(file('future.json'));
  await expect(sync.preview()).toBeVisible();
  await expect(sync.refused()).toHaveCount(1);
  await expect(sync.refused().first()).toHaveText(
    /^Zed Future \(People\): stamped Dec 31, 9999, 7,9\d\d years ahead of this device’s clock\.$/,
  );
  await expect(sync.preview().getByText(/They are not imported/)).toBeVisible();
  expect(await sync.counts('People')).toEqual(['1', '0', '1', '0']);
  await sync.preview().getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText(/^Import finished: 1 new/)).toBeVisible();
  await expect(page.getByText('1 record dated in the future was not imported.')).toBeVisible();

  // The device still saves an edit.
  await page.goto(`/#/people/${adaId}/edit`);
  await people.field('Phone').fill('555 0199');
  await people.save();
  await expect(people.heading('Ada Lovelace')).toBeVisible();
  await expect(page.getByRole('main').getByText('555 0199')).toBeVisible();
  await page.goto('/#/people');
  await expect(page.getByRole('main').getByText('Harbour Bakery')).toBeVisible();
  await expect(page.getByRole('main').getByText('Zed Future')).toHaveCount(0);

  // After a reload the clock is still near now.
  await page.reload();
  await sync.open();
  expect(await sync.clockWall()).toBeLessThan(Date.now() + FIVE_MINUTES);

  // Another device's later edit of Ada still wins over the one made here.
  await sync.exportFile(file('after.json'));
  craft(file('after.json'), file('later-edit.json'), (raw) => {
    const ada = raw.parties.find((p) => p.id === adaId)!;
    ada.phone = '555 0222';
    ada.stamps.phone = stampAt(Date.now() + 1_000);
  });
  await sync.chooseFile(file('later-edit.json'));
  await expect(sync.preview()).toBeVisible();
  await expect(sync.refused()).toHaveCount(0);
  await sync.apply();
  await page.goto(`/#/people/${adaId}`);
  await expect(people.heading('Ada Lovelace')).toBeVisible();
  await expect(page.getByRole('main').getByText('555 0222')).toBeVisible();
});
