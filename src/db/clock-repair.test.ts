import { afterEach, describe, expect, test } from 'vitest';
import { parseStamp } from '../domain/hlc';
import { defaultSettings, newWorksheet, SETTINGS_ID } from '../domain/records';
import { clockState, deviceId } from './clock';
import { repairFutureStamps } from './clock-repair';
import type { LedgerDb } from './database';
import { clientInput, freshDb } from './test-db';
import { saveRecord, saveSettings } from './write';

const YEAR_9999 = 253_402_300_799_999;
const FIVE_MINUTES = 5 * 60_000;

let db: LedgerDb;
afterEach(async () => {
  await db?.delete();
});

/** What an earlier version left after importing a file from year 9999 and editing since. */
async function poisonedDevice() {
  db = freshDb();
  const ada = await saveRecord(db, 'parties', clientInput({ name: 'Ada' }));
  const bob = await saveRecord(db, 'parties', clientInput({ name: 'Bob' }));
  await saveSettings(db, { ...defaultSettings, businessName: 'Harbour Roofing' });
  const sheet = await saveRecord(
    db,
    'worksheets',
    newWorksheet('forgive_or_pursue', 1, [ada.id], [], 'USD'),
  );
  const me = await db.transaction('rw', db.meta, () => deviceId(db));
  const future = (counter: number) => `${YEAR_9999}-${String(counter).padStart(6, '0')}-${me}`;
  await db.parties.update(bob.id, {
    name: 'Bob (edited after the clock jumped)',
    stamps: { ...bob.stamps, name: future(1) },
  });
  const settings = (await db.settings.get(SETTINGS_ID))!;
  await db.settings.update(SETTINGS_ID, {
    businessName: 'Harbour Roofing Ltd',
    stamps: { ...settings.stamps, businessName: future(2) },
  });
  await db.worksheets.update(sheet.id, { stamps: { ...sheet.stamps, answers: future(3) } });
  await db.meta.put({ key: 'sync.undo', value: { highWater: future(3), before: {} } });
  await db.meta.put({ key: 'clock', value: { wall: YEAR_9999, counter: 3 } });
  return { ada: (await db.parties.get(ada.id))!, bob, sheet };
}

function allStamps(records: { stamps: Record<string, string | undefined> }[]): string[] {
  return records.flatMap((r) => Object.values(r.stamps)).filter((s) => s !== undefined);
}

describe('repairing a device whose clock a file moved into the future', () => {
  test('every far-future field is re-stamped now, its value kept, and the clock is sane again', async () => {
    const { ada, bob, sheet } = await poisonedDevice();
    const now = Date.now();

    expect(await repairFutureStamps(db, now)).toBe(3);

    expect((await db.parties.get(bob.id))?.name).toBe('Bob (edited after the clock jumped)');
    expect((await db.settings.get(SETTINGS_ID))?.businessName).toBe('Harbour Roofing Ltd');
    expect((await db.worksheets.get(sheet.id))?.answers).toEqual(sheet.answers);
    expect(await db.parties.get(ada.id)).toEqual(ada);
    const stamps = allStamps([
      ...(await db.parties.toArray()),
      ...(await db.settings.toArray()),
      ...(await db.worksheets.toArray()),
    ]);
    for (const stamp of stamps) expect(parseStamp(stamp).wall).toBeLessThan(now + FIVE_MINUTES);
    expect((await clockState(db)).wall).toBeLessThan(now + FIVE_MINUTES);
    // The last import's undo could no longer tell the repaired edits from imported ones.
    expect(await db.meta.get('sync.undo')).toBeUndefined();
  });

  test('an edit after the repair is stamped later than every repaired field', async () => {
    const { bob } = await poisonedDevice();
    await repairFutureStamps(db);
    const repaired = (await db.parties.get(bob.id))!.stamps.name!;
    const edited = await saveRecord(db, 'parties', clientInput({ name: 'Bob again' }), bob.id);
    expect(edited.stamps.name! > repaired).toBe(true);
    expect(parseStamp(edited.stamps.name!).wall).toBeLessThan(Date.now() + FIVE_MINUTES);
  });

  test('a device whose clock is sane is left exactly as it is', async () => {
    db = freshDb();
    await saveRecord(db, 'parties', clientInput({ name: 'Ada' }));
    const before = { parties: await db.parties.toArray(), meta: await db.meta.toArray() };
    expect(await repairFutureStamps(db)).toBe(0);
    expect({ parties: await db.parties.toArray(), meta: await db.meta.toArray() }).toEqual(before);
  });
});
