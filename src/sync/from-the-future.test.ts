/**
 * A file cannot drag this device's clock into the future: a record carrying a stamp five minutes
 * or more ahead is refused whole, the preview names it, and the clock never adopts it.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { repairFutureStamps, saveRecord, type LedgerDb } from '../db';
import { clientInput, freshDb } from '../db/test-db';
import { parseStamp } from '../domain/hlc';
import type { Party } from '../domain/records';
import { applyImport, undoLastImport } from './apply';
import { buildExport, loadDataset } from './export';
import { planImport } from './plan';
import { readExportText } from './read';
import { dumpDb } from './test-helpers';

const YEAR_9999 = 253_402_300_799_999;
const FIVE_MINUTES = 5 * 60_000;

const dbs: LedgerDb[] = [];
function device(): LedgerDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  vi.useRealTimers();
  while (dbs.length) await dbs.pop()!.delete();
});

type RawRecord = { id: string; name?: string; stamps: Record<string, string> };

/** `from`'s export, with `edit` applied to the parsed file: how a crafted or broken file looks. */
async function fileFrom(from: LedgerDb, edit: (file: { parties: RawRecord[] }) => void) {
  const raw = JSON.parse((await buildExport(from, { deviceName: 'Phone' })).text);
  edit(raw);
  const read = await readExportText(JSON.stringify(raw));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.file;
}

function restamp(record: RawRecord, stamp: (old: string) => string) {
  for (const field of Object.keys(record.stamps))
    record.stamps[field] = stamp(record.stamps[field]!);
}

const in9999 = (old: string) => `${YEAR_9999}-000000-${parseStamp(old).deviceId}`;

async function clockWall(db: LedgerDb): Promise<number> {
  return ((await db.meta.get('clock'))?.value as { wall: number }).wall;
}

async function importInto(to: LedgerDb, file: Awaited<ReturnType<typeof fileFrom>>) {
  return applyImport(to, file.dataset, { fileName: 'phone.json', header: file.header });
}

describe('a file stamped in year 9999', () => {
  test('its record is refused and named in the preview, the others are imported, and the clock stays where it was', async () => {
    const phone = device();
    const laptop = device();
    const ada = await saveRecord(phone, 'parties', clientInput({ name: 'Ada' }));
    const bob = await saveRecord(phone, 'parties', clientInput({ name: 'Bob' }));
    await saveRecord(laptop, 'parties', clientInput({ name: 'Laptop client' }));
    const clockBefore = await clockWall(laptop);
    const file = await fileFrom(phone, (raw) => {
      restamp(
        raw.parties.find((p) => p.id === bob.id)!,
        in9999,
      );
    });

    const plan = await planImport(await loadDataset(laptop), file.dataset);
    expect(plan.refused.map((r) => [r.table, r.id, r.stamp.slice(0, 15)])).toEqual([
      ['parties', bob.id, String(YEAR_9999)],
    ]);
    expect((plan.refused[0]!.record as unknown as Party).name).toBe('Bob');
    expect(plan.counts.parties).toEqual({ new: 1, updated: 0, unchanged: 0, deleted: 0 });
    expect(plan.changes).toBe(1);

    const result = await importInto(laptop, file);
    expect(result.refused).toBe(1);
    expect(result.counts.parties.new).toBe(1);
    expect((await laptop.parties.get(ada.id))?.name).toBe('Ada');
    expect(await laptop.parties.get(bob.id)).toBeUndefined();
    const wall = await clockWall(laptop);
    expect(wall).toBeGreaterThanOrEqual(clockBefore);
    expect(wall).toBeLessThan(Date.now() + FIVE_MINUTES);
  });

  test("this device's version of a refused record stays exactly as it is", async () => {
    const phone = device();
    const laptop = device();
    const bob = await saveRecord(phone, 'parties', clientInput({ name: 'Bob' }));
    await importInto(laptop, await fileFrom(phone, () => {}));
    const before = await laptop.parties.get(bob.id);
    const file = await fileFrom(phone, (raw) => {
      const record = raw.parties.find((p) => p.id === bob.id)!;
      record.name = 'Bob from the future';
      restamp(record, in9999);
    });
    await importInto(laptop, file);
    expect(await laptop.parties.get(bob.id)).toEqual(before);
  });

  test('after Undo import the clock is still within five minutes of now', async () => {
    const phone = device();
    const laptop = device();
    await saveRecord(phone, 'parties', clientInput({ name: 'Ada' }));
    const bob = await saveRecord(phone, 'parties', clientInput({ name: 'Bob' }));
    const before = await dumpDb(laptop, { meta: false });
    await importInto(
      laptop,
      await fileFrom(phone, (raw) =>
        restamp(
          raw.parties.find((p) => p.id === bob.id)!,
          in9999,
        ),
      ),
    );
    expect(await undoLastImport(laptop)).toEqual({ ok: true, restored: 0, removed: 1 });
    expect(await dumpDb(laptop, { meta: false })).toBe(before);
    expect(await clockWall(laptop)).toBeLessThan(Date.now() + FIVE_MINUTES);
    const saved = await saveRecord(laptop, 'parties', clientInput({ name: 'Saved after undo' }));
    expect(parseStamp(saved.stamps.name!).wall).toBeLessThan(Date.now() + FIVE_MINUTES);
  });
});

describe('what the preview said', () => {
  test('a record the preview refused is refused by the apply, however long the owner took to confirm', async () => {
    const phone = device();
    const laptop = device();
    const bob = await saveRecord(phone, 'parties', clientInput({ name: 'Bob' }));
    const previewAt = Date.now();
    const sixMinutesAhead = previewAt + 6 * 60_000;
    const file = await fileFrom(phone, (raw) => {
      restamp(
        raw.parties.find((p) => p.id === bob.id)!,
        (old) =>
          [String(sixMinutesAhead).padStart(15, '0'), '000000', parseStamp(old).deviceId].join('-'),
      );
    });
    const plan = await planImport(await loadDataset(laptop), file.dataset, undefined, previewAt);
    expect(plan.refused.map((r) => r.id)).toEqual([bob.id]);

    // Confirmed ten minutes later: the stamp is no longer five minutes ahead, but the preview said.
    const result = await applyImport(laptop, file.dataset, {
      fileName: 'phone.json',
      header: file.header,
      now: () => new Date(previewAt + 10 * 60_000),
      plannedAt: plan.nowMs,
    });
    expect(result.refused).toBe(1);
    expect(await laptop.parties.get(bob.id)).toBeUndefined();
  });
});

describe('a file whose stamps have a full counter', () => {
  test('at the current millisecond, the device can still save afterwards, later than the file', async () => {
    const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const phone = device();
    const laptop = device();
    const ada = await saveRecord(phone, 'parties', clientInput({ name: 'Ada' }));
    const file = await fileFrom(phone, (raw) => {
      for (const record of raw.parties) {
        restamp(
          record,
          (old) => `${String(NOW).padStart(15, '0')}-999999-${parseStamp(old).deviceId}`,
        );
      }
    });
    await importInto(laptop, file);
    const mine = await saveRecord(laptop, 'parties', clientInput({ name: 'Ada here' }), ada.id);
    expect(mine.stamps.name).toMatch(/^\d{15}-\d{6}-/);
    expect(mine.stamps.name! > file.dataset.parties[0]!.stamps.name!).toBe(true);
  });
});

describe('a device that holds far-future stamps from an earlier version', () => {
  test("another device's later real edit still wins once it has repaired", async () => {
    const phone = device();
    const laptop = device();
    const bob = await saveRecord(phone, 'parties', clientInput({ name: 'Bob' }));
    await importInto(laptop, await fileFrom(phone, () => {}));
    // What an earlier version left on the phone: an edit stamped from a clock in year 9999.
    const me = parseStamp(bob.stamps.name!).deviceId;
    await phone.parties.update(bob.id, {
      name: 'Bob, phone edit',
      stamps: { ...bob.stamps, name: `${YEAR_9999}-000001-${me}` },
    });
    await phone.meta.put({ key: 'clock', value: { wall: YEAR_9999, counter: 1 } });

    // Before the repair, the laptop refuses the phone's record rather than adopt its stamp.
    const poisoned = await fileFrom(phone, () => {});
    expect((await importInto(laptop, poisoned)).refused).toBe(1);
    expect((await laptop.parties.get(bob.id))?.name).toBe('Bob');

    expect(await repairFutureStamps(phone)).toBe(1);
    expect((await phone.parties.get(bob.id))?.name).toBe('Bob, phone edit');
    await importInto(laptop, await fileFrom(phone, () => {}));
    expect((await laptop.parties.get(bob.id))?.name).toBe('Bob, phone edit');

    // The laptop's owner edits Bob afterwards: that real, later edit wins on both devices.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 1_000);
    await saveRecord(laptop, 'parties', clientInput({ name: 'Bob, laptop edit' }), bob.id);
    const fromLaptop = JSON.parse((await buildExport(laptop, { deviceName: 'Laptop' })).text);
    const read = await readExportText(JSON.stringify(fromLaptop));
    if (!read.ok) throw new Error('unreadable');
    await applyImport(phone, read.file.dataset, { fileName: 'l.json', header: read.file.header });
    expect((await phone.parties.get(bob.id))?.name).toBe('Bob, laptop edit');
    expect((await laptop.parties.get(bob.id))?.name).toBe('Bob, laptop edit');
  });
});
