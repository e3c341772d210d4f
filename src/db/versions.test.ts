import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import fixture from '../../tests/fixtures/db-v1.json';
import fixtureV2 from '../../tests/fixtures/db-v2.json';
import demoText from '../../tests/fixtures/export-v1-demo.json?raw';
import { jobBalances } from '../domain/metrics/job-balance';
import { recordSchemas, tableNames, type RecordOf, type TableName } from '../domain/records';
import { derivedId } from '../domain/records/upgrade/derived-id';
import { LedgerDb } from './database';
import { CURRENT_DB_VERSION, dbVersions } from './versions';

/**
 * Each database version has a frozen fixture: data as that version stored it. Opening it with
 * today's code must upgrade it in place to records that pass today's strict schemas, keep every
 * record, and leave every client's money where it was: here worked by hand and pinned; client by
 * client against the independent model of version 1's money in src/sync/v1/upgrade.property.test.ts
 * (the database layer may not import the sync layer's test code).
 */
let db: LedgerDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

type Rows = Partial<Record<TableName, { id: string; jobId?: unknown; status?: string }[]>>;
type Upgraded = { [T in TableName]: RecordOf[T][] };

const v1Db = fixture as unknown as Rows;
const demo = JSON.parse(demoText) as Rows;
const v1TableNames = Object.keys(dbVersions[0]!.stores).filter((t) => t !== 'meta') as TableName[];
let made = 0;

/**
 * Writes the rows into a database of an older version as Dexie stored them, then opens it with
 * today's code.
 */
async function upgradedDatabase(
  rows: Rows,
  version = 1,
): Promise<{ db: LedgerDb; dataset: Upgraded }> {
  made += 1;
  const name = `v${version}-fixture-${Date.now()}-${made}`;
  const old = new Dexie(name);
  const stores = dbVersions[version - 1]!.stores;
  old.version(version).stores(stores);
  await old.open();
  const tables = Object.keys(stores).filter((t) => t !== 'meta');
  for (const table of tables) await old.table(table).bulkPut(rows[table as TableName] ?? []);
  old.close();
  const opened = new LedgerDb(name);
  await opened.open();
  const dataset = {} as Record<TableName, unknown[]>;
  for (const table of tableNames) dataset[table] = await opened.table(table).toArray();
  return { db: opened, dataset: dataset as Upgraded };
}

function expectEveryIdKept(rows: Rows, dataset: Upgraded) {
  for (const table of v1TableNames) {
    const ids = (list: readonly { id: string }[]) => list.map((r) => r.id).sort();
    expect(ids(dataset[table]), table).toEqual(ids(rows[table] ?? []));
  }
}

function problemsOf(dataset: Upgraded): string[] {
  return tableNames.flatMap((table) =>
    (dataset[table] as { id: string }[])
      .filter((record) => !recordSchemas[table].safeParse(record).success)
      .map((record) => `${table} ${record.id}`),
  );
}

/** Version 2's money over every job as of `day`, refunds and goodwill payments together. */
function totals(dataset: Upgraded, day: string) {
  const sum = {
    billed: 0,
    paid: 0,
    sent: 0,
    refunded: 0,
    writtenOff: 0,
    outstanding: 0,
    credited: 0,
  };
  for (const b of jobBalances(dataset.jobs, dataset, day).values()) {
    sum.billed += b.billed;
    sum.paid += b.paid;
    sum.sent += b.sent;
    sum.refunded += b.refunded + b.paidToClient;
    sum.writtenOff += b.writtenOff;
    sum.outstanding += b.outstanding;
    sum.credited += b.credited;
  }
  return sum;
}

describe('database versions', () => {
  test('versions are numbered in order, starting at 1', () => {
    expect(dbVersions.map((v) => v.version)).toEqual(dbVersions.map((_, i) => i + 1));
    expect(CURRENT_DB_VERSION).toBe(dbVersions.length);
  });

  test('version 2 adds the credits, write-offs, disputes, promises and invoices tables and keeps every version 1 table', () => {
    const [v1, v2] = dbVersions;
    expect(Object.keys(v2!.stores)).toEqual(expect.arrayContaining(Object.keys(v1!.stores)));
    expect(
      Object.keys(v2!.stores)
        .filter((t) => !(t in v1!.stores))
        .sort(),
    ).toEqual(['credits', 'disputes', 'invoices', 'promises', 'writeOffs'].sort());
    // Every synced table has a store; meta is the device's own.
    expect([...tableNames, 'meta'].sort()).toEqual(Object.keys(v2!.stores).sort());
  });
});

describe('the frozen version 1 database upgrades in place', () => {
  test('every record is still there and valid under today’s schemas', async () => {
    const opened = await upgradedDatabase(v1Db);
    db = opened.db;
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expectEveryIdKept(v1Db, opened.dataset);
    expect(problemsOf(opened.dataset)).toEqual([]);
    // Nothing was disputed or written off, so no record was made.
    for (const table of ['credits', 'writeOffs', 'disputes', 'promises', 'invoices'] as const) {
      expect(opened.dataset[table], table).toEqual([]);
    }
  });

  test('the job’s amount is its one line, and the cheque in the mail keeps the day it was sent', async () => {
    const opened = await upgradedDatabase(v1Db);
    db = opened.db;
    const [job] = opened.dataset.jobs;
    // $1,500 with the subcontractor paid $600: one line of 1 × $1,500 at $600 a unit.
    expect(job).toMatchObject({
      status: 'invoiced',
      depositAsked: 0,
      lines: [{ quantity: 1, unitPrice: 150_000, subcontractorUnitCost: 60_000 }],
    });
    expect(job).not.toHaveProperty('amount');
    const cheque = opened.dataset.payments.find((p) => p.method === 'cheque')!;
    expect(cheque).toMatchObject({ sentOn: '2026-03-20', receivedOn: null, purpose: 'payment' });
    const transfer = opened.dataset.payments.find((p) => p.method === 'transfer')!;
    expect(transfer).toMatchObject({ sentOn: '2026-03-20', receivedOn: '2026-03-20' });
  });

  test('money adds up the same, worked by hand', async () => {
    const opened = await upgradedDatabase(v1Db);
    db = opened.db;
    // The $1,500 job: $500 received, a $200 cheque still in the mail, so $1,000 owed, as
    // version 1 showed it.
    expect(totals(opened.dataset, '2026-12-31')).toEqual({
      billed: 150_000,
      paid: 50_000,
      sent: 20_000,
      refunded: 0,
      writtenOff: 0,
      outstanding: 100_000,
      credited: 0,
    });
  });
});

describe('the frozen demo business, as rows of a version 1 database, upgrades in place', () => {
  test('keeps every record, all valid, and makes the write-offs and dispute its statuses said', async () => {
    const opened = await upgradedDatabase(demo);
    db = opened.db;
    expectEveryIdKept(demo, opened.dataset);
    expect(problemsOf(opened.dataset)).toEqual([]);
    // 6 jobs written off, all with something unpaid; 1 disputed.
    const writtenOff = demo.jobs!.filter((j) => j.status === 'written_off');
    const disputed = demo.jobs!.filter((j) => j.status === 'disputed');
    expect([writtenOff.length, disputed.length]).toEqual([6, 1]);
    expect(opened.dataset.writeOffs.map((w) => w.id).sort()).toEqual(
      writtenOff.map((j) => derivedId(j.id, 'v1-write-off')).sort(),
    );
    expect(opened.dataset.disputes.map((d) => d.id)).toEqual([
      derivedId(disputed[0]!.id, 'v1-dispute'),
    ]);
    // Only where the work stands is left in a job's status.
    const statuses = new Set(opened.dataset.jobs.map((j) => j.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'invoiced', 'open']);
    // 8 payments to clients were all goodwill in version 1; 3 from subcontractors charge-backs.
    const purposes = opened.dataset.payments.map((p) => `${p.direction} ${p.purpose}`);
    expect(purposes.filter((p) => p === 'me_to_client goodwill')).toHaveLength(8);
    expect(purposes.filter((p) => p === 'sub_to_me charge_back')).toHaveLength(3);
    expect(opened.dataset.payments.filter((p) => p.receivedOn === null)).toHaveLength(2);
  }, 30_000);

  test('money adds up to the totals pinned from version 1, as of its day and after everything', async () => {
    const opened = await upgradedDatabase(demo);
    db = opened.db;
    // Only promised days fall after the demo's day, 30 November 2026 (the last is 6 December);
    // the upgrade dates its records no later than the demo's own.
    for (const day of ['2026-11-30', '2026-12-07']) {
      // The colleague's figures, from a separate sum over the file: $718,400 billed, $670,850
      // received, $3,525 in the mail, $2,382 paid back to clients, $7,075 written off and
      // $40,475 owed; 718,400 − 670,850 − 7,075 = 40,475, so no job was overpaid. No credits.
      expect(totals(opened.dataset, day), day).toEqual({
        billed: 71_840_000,
        paid: 67_085_000,
        sent: 352_500,
        refunded: 238_200,
        writtenOff: 707_500,
        outstanding: 4_047_500,
        credited: 0,
      });
    }
  }, 30_000);
});

const v2Db = fixtureV2 as unknown as Rows;

describe('the frozen version 2 database upgrades in place', () => {
  test('version 3 keeps every version 2 table and index as it was', () => {
    const [, v2, v3] = dbVersions;
    expect(v3!.stores).toEqual(v2!.stores);
  });

  test('every record is still there, valid under today’s schemas, and only the settings changed', async () => {
    const opened = await upgradedDatabase(v2Db, 2);
    db = opened.db;
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    for (const table of tableNames) {
      const before = (v2Db[table] ?? []) as unknown[];
      expect(opened.dataset[table].length, table).toBe(before.length);
      // Every record but the settings is exactly as version 2 stored it.
      if (table !== 'settings') expect(opened.dataset[table], table).toEqual(before);
    }
    expect(problemsOf(opened.dataset)).toEqual([]);
    // The grace days, the default (5), with no stamp: any edit on any device wins over it.
    const [settings] = opened.dataset.settings;
    const [old] = v2Db.settings as unknown as Record<string, unknown>[];
    expect(settings).toEqual({ ...old, lateGraceDays: 5 });
    expect(settings!.stamps).not.toHaveProperty('lateGraceDays');
  });

  test('money adds up the same, worked by hand', async () => {
    const opened = await upgradedDatabase(v2Db, 2);
    db = opened.db;
    // The $1,500 roof: $500 received, $100 credited, $50 written off: $850 owed, before and after.
    const expected = {
      billed: 150_000,
      paid: 50_000,
      sent: 0,
      refunded: 0,
      writtenOff: 5_000,
      outstanding: 85_000,
      credited: 10_000,
    };
    expect(totals(v2Db as unknown as Upgraded, '2026-12-31')).toEqual(expected);
    expect(totals(opened.dataset, '2026-12-31')).toEqual(expected);
  });
});
