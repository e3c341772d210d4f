import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { saveRecord, setDeleted, type LedgerDb } from '../db';
import { clientInput, freshDb } from '../db/test-db';
import { SETTINGS_ID } from '../domain/records';
import { applyImport } from './apply';
import { groupChanges, typeCounts, type KindChanges } from './changes';
import { buildExport } from './export';
import { prepareImport } from './prepare';
import { seedLedger } from './test-ledger';

const dbs: LedgerDb[] = [];
function device(): LedgerDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(async () => {
  vi.useRealTimers();
  while (dbs.length) await dbs.pop()!.delete();
});
const later = () => vi.setSystemTime(Date.now() + 1_000);

async function plan(from: LedgerDb, to: LedgerDb) {
  const text = (await buildExport(from, { deviceName: 'Phone' })).text;
  const result = await prepareImport(to, new File([text], 'export.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

async function exchange(from: LedgerDb, to: LedgerDb) {
  const { file } = await plan(from, to);
  await applyImport(to, file.dataset, { fileName: 'export.json', header: file.header });
}

/** Each group as kind → change type → record ids, with the count of records left as they are. */
function shape(groups: KindChanges[]) {
  return Object.fromEntries(
    groups.map((g) => [
      g.kind,
      {
        same: g.same,
        ...Object.fromEntries(
          Object.entries(g.byType).map(([type, records]) => [type, records.map((r) => r.id)]),
        ),
      },
    ]),
  );
}

describe('the import preview’s records by kind and by what happens to them', () => {
  test('on an empty device everything is new, and a record deleted over there is only passed on', async () => {
    const phone = device();
    const seeded = await seedLedger(phone);
    const { plan: p } = await plan(phone, device());
    // seedLedger writes 13 records: 3 people (one deleted), and one of each other kind.
    expect(shape(groupChanges(p))).toEqual({
      clients: { same: 0, new: [seeded.client.id], gone: [seeded.gone.id] },
      subcontractors: { same: 0, new: [seeded.sub.id] },
      jobs: { same: 0, new: [seeded.job.id] },
      payments: { same: 0, new: [seeded.payment.id] },
      credits: { same: 0, new: [seeded.credit.id] },
      disputes: { same: 0, new: [seeded.dispute.id] },
      promises: { same: 0, new: [seeded.promise.id] },
      invoices: { same: 0, new: [seeded.invoice.id] },
      contacts: { same: 0, new: [seeded.contact.id] },
      settings: { same: 0, new: [SETTINGS_ID] },
      worksheets: { same: 0, new: [seeded.worksheet.id] },
    });
    expect(p.records.find((r) => r.id === seeded.gone.id)?.liveHere).toBe(false);
  });

  test('new, changed, removed here, back from the trash and changed on both sides fall apart', async () => {
    const phone = device();
    const laptop = device();
    const { client, sub, job } = await seedLedger(phone);
    await setDeleted(phone, 'parties', sub.id, true);
    await exchange(phone, laptop);
    later();
    // The laptop changes the client's phone; later the phone changes its name: both changed it.
    await saveRecord(laptop, 'parties', clientInput({ name: 'Ada Client', phone: '1' }), client.id);
    later();
    await saveRecord(
      phone,
      'parties',
      clientInput({ name: 'Ada Renamed', phone: '555 0100' }),
      client.id,
    );
    await setDeleted(phone, 'jobs', job.id, true);
    await setDeleted(phone, 'parties', sub.id, false);
    const fresh = await saveRecord(phone, 'parties', clientInput({ name: 'Brand New' }));

    const { plan: p } = await plan(phone, laptop);
    const groups = groupChanges(p);
    const byKind = shape(groups);
    // Clients: Ada in conflict, Brand New new, Gone Client deleted on both and left as it is.
    expect(byKind.clients).toEqual({ same: 1, conflict: [client.id], new: [fresh.id] });
    expect(byKind.subcontractors).toEqual({ same: 0, restored: [sub.id] });
    expect(byKind.jobs).toEqual({ same: 0, removed: [job.id] });
    // The other kinds are all left as they are: counted, nothing listed.
    expect(byKind.payments).toEqual({ same: 1 });
    expect(typeCounts(groups[0]!)).toEqual({
      conflict: 1,
      new: 1,
      changed: 0,
      restored: 0,
      removed: 0,
      gone: 0,
    });

    const conflict = p.records.find((r) => r.id === client.id)!.conflict!;
    expect(conflict.fields.map((f) => [f.field, f.local, f.incoming, f.winner])).toEqual([
      ['name', 'Ada Client', 'Ada Renamed', 'incoming'],
      ['phone', '1', '555 0100', 'local'],
    ]);
  });

  test('a plain change on the other device is "changed", and linked records carry their new names', async () => {
    const phone = device();
    const laptop = device();
    const { client, job } = await seedLedger(phone);
    await exchange(phone, laptop);
    later();
    await saveRecord(phone, 'parties', clientInput({ name: 'Ada Renamed' }), client.id);

    const { plan: p } = await plan(phone, laptop);
    expect(shape(groupChanges(p)).clients).toEqual({ same: 1, changed: [client.id] });
    // The job is unchanged, yet named through its client as it will be after the import.
    expect((p.linked.get(client.id) as unknown as { name: string }).name).toBe('Ada Renamed');
    expect((p.linked.get(job.id) as unknown as { title: string }).title).toBe('Fix the roof');
  });
});
