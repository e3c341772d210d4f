import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { saveRecord, setDeleted, type LedgerDb } from '../db';
import { clientInput, freshDb, jobInput } from '../db/test-db';
import { applyImport, undoLastImport, type ApplyResult } from './apply';
import { META_LAST_IMPORT, type LastImport } from './device';
import { buildExport } from './export';
import { prepareImport } from './prepare';
import type { Progress } from './progress';
import { dumpDb } from './test-helpers';
import { seedLedger } from './test-ledger';

const dbs: LedgerDb[] = [];
function device(): LedgerDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
// Stamps order edits by wall time first: the tests hold the clock still and move it on (`later`)
// to make one edit plainly later than another, instead of sleeping and hoping a millisecond passed.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  while (dbs.length) await dbs.pop()!.delete();
});

async function exportText(db: LedgerDb, name = 'Phone') {
  return (await buildExport(db, { deviceName: name })).text;
}

async function prepared(to: LedgerDb, text: string) {
  const result = await prepareImport(to, new File([text], 'export.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

async function exchange(
  from: LedgerDb,
  to: LedgerDb,
  options: { onProgress?: (p: Progress) => void } = {},
): Promise<ApplyResult> {
  const { file } = await prepared(to, await exportText(from));
  return applyImport(to, file.dataset, {
    fileName: 'export.json',
    header: file.header,
    ...options,
  });
}

/** The records of a file, without the header that names the device and the time. */
const recordsOf = (text: string) => text.split('\n').slice(5).join('\n');

const later = () => vi.setSystemTime(Date.now() + 1_000);

describe('importing a file', () => {
  test('export, import into an empty device, export again: byte-identical records', async () => {
    const phone = device();
    const laptop = device();
    await seedLedger(phone);
    const first = await exportText(phone);
    await exchange(phone, laptop);
    expect(recordsOf(await exportText(laptop, 'Laptop'))).toBe(recordsOf(first));
  });

  test('importing the same file twice changes nothing at all', async () => {
    const phone = device();
    const laptop = device();
    await seedLedger(phone);
    await seedLedger(laptop);
    const text = await exportText(phone);
    const { file } = await prepared(laptop, text);
    await applyImport(laptop, file.dataset, { fileName: 'a.json', header: file.header });
    const after = await dumpDb(laptop);
    const again = await prepared(laptop, text);
    expect(again.plan.changes).toBe(0);
    const result = await applyImport(laptop, again.file.dataset, {
      fileName: 'a.json',
      header: again.file.header,
    });
    expect(result.written).toBe(0);
    expect(await dumpDb(laptop)).toBe(after);
  });

  test('two devices editing different fields of one client, then exchanging both ways, end identical', async () => {
    const phone = device();
    const laptop = device();
    const { client } = await seedLedger(phone);
    await exchange(phone, laptop);

    later();
    await saveRecord(
      phone,
      'parties',
      clientInput({ name: 'Ada Client', phone: '555 0199' }),
      client.id,
    );
    await saveRecord(phone, 'parties', clientInput({ name: 'Phone-only client' }));
    later();
    await saveRecord(
      laptop,
      'parties',
      clientInput({ name: 'Ada Client', phone: '555 0100', termsNetDays: 14 }),
      client.id,
    );
    await saveRecord(laptop, 'jobs', jobInput(client.id, { title: 'Laptop-only job' }));

    await exchange(phone, laptop);
    await exchange(laptop, phone);
    expect(await dumpDb(phone, { meta: false })).toBe(await dumpDb(laptop, { meta: false }));
    const ada = await phone.parties.get(client.id);
    expect(ada?.phone).toBe('555 0199');
    expect(ada?.termsNetDays).toBe(14);
  });

  test('the clock moves past the newest stamp in the file, so a later edit here wins', async () => {
    const phone = device();
    const laptop = device();
    const { client } = await seedLedger(phone);
    // The phone's clock runs two minutes ahead of the laptop's: within the drift bound.
    const ahead = Date.now() + 120_000;
    vi.spyOn(Date, 'now').mockReturnValue(ahead);
    await saveRecord(phone, 'parties', clientInput({ name: 'Ada from the future' }), client.id);
    vi.restoreAllMocks();
    await exchange(phone, laptop);
    const mine = await saveRecord(laptop, 'parties', clientInput({ name: 'Ada now' }), client.id);
    expect(mine.stamps.name! > (await phone.parties.get(client.id))!.stamps.name!).toBe(true);
  });

  test('a file touching a few of many records here updates just those, and undo puts them back', async () => {
    const phone = device();
    const laptop = device();
    const ada = await saveRecord(phone, 'parties', clientInput({ name: 'Ada', phone: '555 0100' }));
    await exchange(phone, laptop);
    for (let i = 0; i < 8; i++) {
      await saveRecord(laptop, 'parties', clientInput({ name: `Laptop client ${i}` }));
    }
    const before = await dumpDb(laptop, { meta: false });
    later();
    await saveRecord(phone, 'parties', clientInput({ name: 'Ada', phone: '555 0199' }), ada.id);

    const result = await exchange(phone, laptop);
    expect(result.counts.parties).toEqual({ new: 0, updated: 1, unchanged: 0, deleted: 0 });
    expect(result.written).toBe(1);
    expect((await laptop.parties.get(ada.id))?.phone).toBe('555 0199');
    expect(await laptop.parties.count()).toBe(9);
    expect(await undoLastImport(laptop)).toEqual({ ok: true, restored: 1, removed: 0 });
    expect(await dumpDb(laptop, { meta: false })).toBe(before);
  });

  test('progress is reported while writing', async () => {
    const phone = device();
    const laptop = device();
    await seedLedger(phone);
    const seen: Progress[] = [];
    await exchange(phone, laptop, { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toMatchObject({ phase: 'applying', done: 12, total: 12 });
  });

  test('a write that fails half way leaves the database exactly as it was', async () => {
    const phone = device();
    const laptop = device();
    await seedLedger(phone);
    await seedLedger(laptop);
    const { file } = await prepared(laptop, await exportText(phone));
    const before = await dumpDb(laptop);
    vi.spyOn(laptop.table('contacts'), 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(
      applyImport(laptop, file.dataset, { fileName: 'a.json', header: file.header }),
    ).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await dumpDb(laptop)).toBe(before);
  });
});

describe('the preview', () => {
  test('counts new, updated, unchanged and deleted records per table', async () => {
    const phone = device();
    const laptop = device();
    const { client, job } = await seedLedger(phone);
    await exchange(phone, laptop);
    later();
    await saveRecord(phone, 'parties', clientInput({ name: 'Ada Renamed' }), client.id);
    await setDeleted(phone, 'jobs', job.id, true);
    await saveRecord(phone, 'parties', clientInput({ name: 'Brand new' }));
    const { plan } = await prepared(laptop, await exportText(phone));
    expect(plan.counts.parties).toEqual({ new: 1, updated: 1, unchanged: 2, deleted: 0 });
    expect(plan.counts.jobs).toEqual({ new: 0, updated: 0, unchanged: 0, deleted: 1 });
    expect(plan.conflicts).toEqual([]);
  });

  test('a record changed on both sides shows which value wins for each field, and why', async () => {
    const phone = device();
    const laptop = device();
    const { client } = await seedLedger(phone);
    await exchange(phone, laptop);
    later();
    await saveRecord(
      laptop,
      'parties',
      clientInput({ name: 'Ada (laptop)', phone: '1' }),
      client.id,
    );
    later();
    await saveRecord(
      phone,
      'parties',
      clientInput({ name: 'Ada (phone)', phone: '555 0100' }),
      client.id,
    );
    const { plan } = await prepared(laptop, await exportText(phone));
    expect(plan.conflicts).toHaveLength(1);
    const fields = plan.conflicts[0]!.fields;
    expect(fields.map((f) => [f.field, f.winner, f.local, f.incoming])).toEqual([
      ['name', 'incoming', 'Ada (laptop)', 'Ada (phone)'],
      ['phone', 'local', '1', '555 0100'],
    ]);
    expect(fields[0]!.incomingStamp! > fields[0]!.localStamp!).toBe(true);
  });

  test('deleted here but edited there: it stays deleted, the preview says so, and it can be restored', async () => {
    const phone = device();
    const laptop = device();
    const { client } = await seedLedger(phone);
    await exchange(phone, laptop);
    later();
    const deleted = await setDeleted(laptop, 'parties', client.id, true);
    later();
    await saveRecord(
      phone,
      'parties',
      clientInput({ name: 'Ada', notes: 'Call on Fridays' }),
      client.id,
    );
    const { plan, file } = await prepared(laptop, await exportText(phone));
    expect(plan.deletedButEdited.map((d) => [d.id, d.deletedOn])).toEqual([[client.id, 'local']]);

    await applyImport(laptop, file.dataset, { fileName: 'a.json', header: file.header });
    const kept = await laptop.parties.get(client.id);
    expect(kept?.deletedAt).toBe(deleted.deletedAt);
    expect(kept?.deletedAt).not.toBeNull();
    expect(kept?.notes).toBe('Call on Fridays');

    await undoLastImport(laptop);
    await applyImport(laptop, file.dataset, {
      fileName: 'a.json',
      header: file.header,
      restore: [{ table: 'parties', id: client.id }],
    });
    const back = await laptop.parties.get(client.id);
    expect(back?.deletedAt).toBeNull();
    expect(back?.notes).toBe('Call on Fridays');
  });

  test('bringing a tombstone back never moves its updatedAt back, when this clock is behind the file', async () => {
    const phone = device();
    const laptop = device();
    const { client } = await seedLedger(phone);
    await exchange(phone, laptop);
    const deleted = await setDeleted(laptop, 'parties', client.id, true);
    const edited = await saveRecord(
      phone,
      'parties',
      clientInput({ name: 'Ada', notes: 'Call on Fridays' }),
      client.id,
    );
    const latest = edited.updatedAt > deleted.updatedAt ? edited.updatedAt : deleted.updatedAt;
    const { file } = await prepared(laptop, await exportText(phone));
    await applyImport(laptop, file.dataset, {
      fileName: 'a.json',
      header: file.header,
      restore: [{ table: 'parties', id: client.id }],
      // The laptop's wall clock is a minute behind both writes.
      now: () => new Date(Date.parse(latest) - 60_000),
    });
    const back = await laptop.parties.get(client.id);
    expect(back?.deletedAt).toBeNull();
    expect(back?.updatedAt).toBe(latest);
  });

  test('a merge that breaks a rule between fields is applied as merged and pointed out', async () => {
    const phone = device();
    const laptop = device();
    const client = await saveRecord(phone, 'parties', clientInput());
    const job = await saveRecord(
      phone,
      'jobs',
      jobInput(client.id, { orderedOn: '2026-03-01', doneOn: null, invoicedOn: null }),
    );
    await exchange(phone, laptop);
    later();
    // The phone learns the job was done on the 5th; the laptop moves the order date to the 10th.
    await saveRecord(
      phone,
      'jobs',
      jobInput(client.id, { orderedOn: '2026-03-01', doneOn: '2026-03-05', invoicedOn: null }),
      job.id,
    );
    await saveRecord(
      laptop,
      'jobs',
      jobInput(client.id, { orderedOn: '2026-03-10', doneOn: null, invoicedOn: null }),
      job.id,
    );
    const { plan, file } = await prepared(laptop, await exportText(phone));
    expect(plan.conflicts[0]?.broken).toEqual([{ field: 'doneOn', code: 'before_ordered' }]);
    await applyImport(laptop, file.dataset, { fileName: 'a.json', header: file.header });
    const merged = await laptop.jobs.get(job.id);
    expect([merged?.orderedOn, merged?.doneOn]).toEqual(['2026-03-10', '2026-03-05']);
    // And the other device can still read a file holding that record.
    await exchange(laptop, phone);
    expect(await dumpDb(phone, { meta: false })).toBe(await dumpDb(laptop, { meta: false }));
  });
});

describe('undo import', () => {
  test('restores every table exactly as it was before the import', async () => {
    const phone = device();
    const laptop = device();
    await seedLedger(phone);
    later(); // The laptop's ledger was begun after the phone's.
    const { client } = await seedLedger(laptop);
    await saveRecord(laptop, 'parties', clientInput({ name: 'Edited here' }), client.id);
    const before = await dumpDb(laptop, { meta: false });
    await exchange(phone, laptop);
    expect(await dumpDb(laptop, { meta: false })).not.toBe(before);
    // The settings record existed on both and took the phone's earlier createdAt (restored);
    // seven records were new (removed).
    expect(await undoLastImport(laptop)).toEqual({ ok: true, restored: 1, removed: 11 });
    expect(await dumpDb(laptop, { meta: false })).toBe(before);
    const last = (await laptop.meta.get(META_LAST_IMPORT))?.value as LastImport;
    // Dated by the (held) clock at the moment of the undo.
    expect(last.undoneAt).toBe(new Date().toISOString());
    expect(await undoLastImport(laptop)).toEqual({ ok: false, code: 'nothing_to_undo' });
  });

  test('is refused once an imported record was edited afterwards, and changes nothing', async () => {
    const phone = device();
    const laptop = device();
    const { client } = await seedLedger(phone);
    await exchange(phone, laptop);
    await saveRecord(laptop, 'parties', clientInput({ name: 'Edited after' }), client.id);
    const before = await dumpDb(laptop);
    expect(await undoLastImport(laptop)).toEqual({ ok: false, code: 'changed_since' });
    expect(await dumpDb(laptop)).toBe(before);
  });

  test('is refused when a new record links to a record the import added', async () => {
    const phone = device();
    const laptop = device();
    const { client } = await seedLedger(phone);
    await exchange(phone, laptop);
    await saveRecord(laptop, 'jobs', jobInput(client.id, { title: 'Made after the import' }));
    expect(await undoLastImport(laptop)).toEqual({ ok: false, code: 'changed_since' });
  });

  test('an unrelated edit does not block it', async () => {
    const phone = device();
    const laptop = device();
    await seedLedger(phone);
    const mine = await saveRecord(laptop, 'parties', clientInput({ name: 'Mine' }));
    await exchange(phone, laptop);
    await saveRecord(laptop, 'parties', clientInput({ name: 'Mine, edited' }), mine.id);
    expect(await undoLastImport(laptop)).toMatchObject({ ok: true });
    expect((await laptop.parties.get(mine.id))?.name).toBe('Mine, edited');
  });
});
