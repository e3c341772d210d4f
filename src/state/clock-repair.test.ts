import { afterEach, describe, expect, test } from 'vitest';
import { deviceId, saveRecord } from '../db';
import { clientInput } from '../db/test-db';
import { repairClockFromTheFuture } from './clock-repair';
import { db } from './db';
import { notices } from './notices.svelte';

const YEAR_9999 = 253_402_300_799_999;

afterEach(async () => {
  notices.items = [];
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the repair on start', () => {
  test('a device holding an edit stamped in year 9999 is repaired and told so, the edit kept', async () => {
    const bob = await saveRecord(db, 'parties', clientInput({ name: 'Bob' }));
    const me = await db.transaction('rw', db.meta, () => deviceId(db));
    await db.parties.update(bob.id, {
      name: 'Bob, edited',
      stamps: { ...bob.stamps, name: `${YEAR_9999}-000001-${me}` },
    });
    await db.meta.put({ key: 'clock', value: { wall: YEAR_9999, counter: 1 } });

    await repairClockFromTheFuture();

    expect(notices.items.map((n) => [n.text, n.tone])).toEqual([
      [
        'An imported file had moved this device’s clock far into the future. The dates of the changes in 1 record were set back to now; nothing was lost.',
        'info',
      ],
    ]);
    expect((await db.parties.get(bob.id))?.name).toBe('Bob, edited');
  });

  test('a device with a sane clock shows nothing', async () => {
    await saveRecord(db, 'parties', clientInput({ name: 'Ada' }));
    await repairClockFromTheFuture();
    expect(notices.items).toEqual([]);
  });
});
