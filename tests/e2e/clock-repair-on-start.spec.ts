/**
 * Journey: a device that an earlier version let a file move into year 9999 is opened. After the
 * first screen, it repairs itself: a notice says how many records were re-dated and that nothing
 * was lost, the edit is still there, and the clock is back near now.
 */
import { expect, test } from '@playwright/test';
import { PartyFormPage } from './pages/people-pages';
import { SyncPage } from './pages/sync-page';

const YEAR_9999 = 253_402_300_799_999;
const FIVE_MINUTES = 5 * 60_000;

test('a clock from year 9999 is repaired on start, with a notice, and no edit is lost', async ({
  page,
}) => {
  const people = new PartyFormPage(page);
  const sync = new SyncPage(page);
  await people.addClient('Ada Lovelace', '555 0100');
  const adaId = /#\/people\/([^/?]+)/.exec(page.url())![1]!;

  // What an earlier version left: an edit stamped from a clock in year 9999.
  await page.evaluate(
    async ({ id, wall }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('goodwill-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['parties', 'meta'], 'readwrite');
      const parties = tx.objectStore('parties');
      const meta = tx.objectStore('meta');
      const request = parties.get(id);
      request.onsuccess = () => {
        const ada = request.result as { phone: string; stamps: Record<string, string> };
        const device = ada.stamps.phone!.split('-').slice(2).join('-');
        ada.phone = '555 0199';
        ada.stamps.phone = `${wall}-000001-${device}`;
        parties.put(ada);
        meta.put({ key: 'clock', value: { wall, counter: 1 } });
      };
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { id: adaId, wall: YEAR_9999 },
  );

  await page.reload();
  await expect(
    page.getByText(
      'An imported file had moved this device’s clock far into the future. The dates of the changes in 1 record were set back to now; nothing was lost.',
    ),
  ).toBeVisible();
  await page.goto(`/#/people/${adaId}`);
  await expect(people.heading('Ada Lovelace')).toBeVisible();
  await expect(page.getByRole('main').getByText('555 0199')).toBeVisible();
  await sync.open();
  expect(await sync.clockWall()).toBeLessThan(Date.now() + FIVE_MINUTES);
});
