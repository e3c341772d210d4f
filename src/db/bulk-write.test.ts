import { afterEach, describe, expect, test } from 'vitest';
import { generateDemo } from '../domain/demo';
import { bulkAdd, bulkHardDelete, bulkTables, type BulkIds, type BulkRecords } from './bulk-write';
import type { LedgerDb } from './database';
import { clientInput, freshDb, jobInput, paymentInput } from './test-db';
import { saveRecord } from './write';
import { WriteError } from './write-error';

let db: LedgerDb;
afterEach(async () => {
  await db?.delete();
});

const small = () => generateDemo({ seed: 5, asOf: '2026-03-15', currency: 'USD', clients: 6 });

function idsOf(records: BulkRecords): BulkIds {
  return Object.fromEntries(
    bulkTables.map((t) => [t, (records[t] as { id: string }[]).map((r) => r.id)]),
  ) as BulkIds;
}

/** Rows per bulk table, in bulkTables order. */
async function counts(d: LedgerDb) {
  return Promise.all(bulkTables.map((t) => d.table(t).count()));
}

function lengths(records: BulkRecords) {
  return bulkTables.map((t) => records[t].length);
}

const none = bulkTables.map(() => 0);
const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

async function refused(promise: Promise<unknown>): Promise<WriteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WriteError);
  return error as WriteError;
}

describe('bulkAdd', () => {
  test('writes every record, stamped on every field, with the meta entry', async () => {
    db = freshDb();
    const demo = small();
    const written = await bulkAdd(db, demo, { key: 'demo', value: { ok: true } });
    expect(written).toBe(sum(lengths(demo)));
    expect(await counts(db)).toEqual(lengths(demo));
    const job = await db.jobs.get(demo.jobs[0]!.id);
    expect(Object.keys(job!.stamps)).toContain('lines');
    expect(new Set(Object.values(job!.stamps)).size).toBe(1);
    expect((await db.meta.get('demo'))?.value).toEqual({ ok: true });
  });

  test('one invalid record writes nothing and names the record and field', async () => {
    db = freshDb();
    const demo = small();
    demo.jobs[3] = { ...demo.jobs[3]!, depositAsked: -5 };
    const error = await refused(bulkAdd(db, demo, { key: 'demo', value: 1 }));
    expect(error.fields).toEqual({ 'jobs.3.depositAsked': 'negative' });
    expect(await counts(db)).toEqual(none);
    expect(await db.meta.get('demo')).toBeUndefined();
  });

  test('a link to a record that is not there is refused', async () => {
    db = freshDb();
    const demo = small();
    demo.jobs = demo.jobs.filter((j) => j.clientId !== demo.parties.at(-1)!.id);
    demo.parties.pop();
    const error = await refused(bulkAdd(db, demo));
    expect(Object.values(error.fields)).toContain('missing_reference');
    expect(await counts(db)).toEqual(none);
  });

  test('loading the same records twice is refused the second time', async () => {
    db = freshDb();
    await bulkAdd(db, small());
    const error = await refused(bulkAdd(db, small()));
    expect(Object.values(error.fields)).toEqual(['duplicate_id']);
  });
});

describe('bulkHardDelete', () => {
  test('removes exactly the listed records, leaving no tombstones and the rest untouched', async () => {
    db = freshDb();
    const mine = await saveRecord(db, 'parties', clientInput({ name: 'My Own Client' }));
    const demo = small();
    await bulkAdd(db, demo, { key: 'demo', value: 1 });
    const result = await bulkHardDelete(db, idsOf(demo), 'demo');
    expect(result.deleted).toBe(sum(lengths(demo)));
    expect(Object.values(result.kept).flat()).toEqual([]);
    expect(await counts(db)).toEqual([1, ...none.slice(1)]);
    expect((await db.parties.toArray()).map((p) => p.id)).toEqual([mine.id]);
    expect(await db.meta.get('demo')).toBeUndefined();
  });

  test('keeps a listed record the owner’s own records link to, and what it links to', async () => {
    db = freshDb();
    const demo = small();
    await bulkAdd(db, demo);
    const client = demo.parties.find((p) => p.kind === 'client')!;
    const referrer = demo.parties.find((p) => p.kind === 'client' && p.id !== client.id)!;
    await db.parties.update(client.id, { referredById: referrer.id });
    // The owner adds a job of their own for a demo client, and a payment for it.
    const job = await saveRecord(db, 'jobs', jobInput(client.id));
    await saveRecord(
      db,
      'payments',
      paymentInput(client.id, { allocations: [{ jobId: job.id, amount: 100 }] }),
    );
    const result = await bulkHardDelete(db, idsOf(demo));
    expect(result.kept.parties.sort()).toEqual([client.id, referrer.id].sort());
    expect((await db.parties.toArray()).map((p) => p.id).sort()).toEqual(
      [client.id, referrer.id].sort(),
    );
    expect(await db.jobs.count()).toBe(1);
    expect(await db.payments.count()).toBe(1);
  });
});
