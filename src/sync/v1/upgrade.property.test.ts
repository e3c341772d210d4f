/**
 * The upgrade to version 2 over generated version 1 ledgers: the same ledger written as rows of a
 * version 1 database and opened by today's code, and exported as a version 1 file and imported into
 * an empty device, gives the same records either way (the records made from old statuses have ids
 * derived from their job's, so two devices make the same ones), keeps every record, passes today's
 * schemas and leaves every client's money where version 1 said it was.
 *
 * On a failure fast-check prints the seed and path; replay with
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run src/sync/v1/upgrade.property.test.ts`.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import dbV1 from '../../../tests/fixtures/db-v1.json';
import demoText from '../../../tests/fixtures/export-v1-demo.json?raw';
import type { LedgerDb } from '../../db';
import { freshDb } from '../../db/test-db';
import { recordSchemas, tableNames } from '../../domain/records';
import { derivedId } from '../../domain/records/upgrade/derived-id';
import { v1LedgerArbitrary } from './ledger-v1.arbitrary';
import type { V1Ledger } from './records-v1';
import {
  expectEveryIdKept,
  expectMoneyAddsUp,
  importInto,
  problemsOf,
  upgradedDatabase,
  v1FileText,
} from './upgrade-check';

const env = import.meta.env as Record<string, string | undefined>;
const settings: { numRuns: number; seed?: number; path?: string } = {
  numRuns: 200,
  ...(env.FC_SEED ? { seed: Number(env.FC_SEED) } : {}),
  ...(env.FC_PATH ? { path: env.FC_PATH } : {}),
};

const opened: LedgerDb[] = [];
afterAll(async () => {
  for (const db of opened) await db.delete();
});

/** The jobs version 1 marked written off with something still unpaid, and those marked disputed. */
function expectedDerivedIds(ledger: V1Ledger) {
  const received = new Map<string, number>();
  const currency = new Map(ledger.jobs.map((j) => [j.id, j.currency]));
  for (const p of ledger.payments) {
    if (p.deletedAt !== null || p.direction !== 'client_to_me' || p.state !== 'received') continue;
    for (const a of p.allocations) {
      if (currency.get(a.jobId) === p.currency) {
        received.set(a.jobId, (received.get(a.jobId) ?? 0) + a.amount);
      }
    }
  }
  return {
    writeOffs: ledger.jobs
      .filter((j) => j.status === 'written_off' && j.amount > (received.get(j.id) ?? 0))
      .map((j) => derivedId(j.id, 'v1-write-off'))
      .sort(),
    disputes: ledger.jobs
      .filter((j) => j.status === 'disputed' && j.amount > 0)
      .map((j) => derivedId(j.id, 'v1-dispute'))
      .sort(),
  };
}

describe('a generated version 1 ledger, upgraded', () => {
  test('in its database and through its export file gives identical, valid records, none lost, and money adds up the same', async () => {
    const db = freshDb();
    opened.push(db);
    await fc.assert(
      fc.asyncProperty(v1LedgerArbitrary, async (ledger) => {
        const upgraded = await upgradedDatabase(ledger);
        try {
          // A fresh device each run: empty, as a new install is.
          await Promise.all(tableNames.map((t) => db.table(t).clear()));
          const imported = await importInto(db, v1FileText(ledger));
          for (const table of tableNames) {
            expect(imported.dataset[table], table).toEqual(upgraded.dataset[table]);
          }
          const dataset = upgraded.dataset;
          expectEveryIdKept(ledger, dataset);
          expect(problemsOf(dataset, recordSchemas)).toEqual([]);
          const derived = expectedDerivedIds(ledger);
          expect(dataset.writeOffs.map((w) => w.id).sort()).toEqual(derived.writeOffs);
          expect(dataset.disputes.map((d) => d.id).sort()).toEqual(derived.disputes);
          expect([dataset.credits, dataset.promises, dataset.invoices]).toEqual([[], [], []]);
          expectMoneyAddsUp(ledger, dataset);
        } finally {
          await upgraded.db.delete();
        }
      }),
      settings,
    );
  }, 120_000);
});

/**
 * The frozen version 1 database and the frozen demo (its records as rows of a version 1 database)
 * against the model: src/db/versions.test.ts checks them by hand, without it.
 */
describe.each([
  { name: 'db-v1.json', ledger: dbV1 as unknown as V1Ledger },
  { name: 'export-v1-demo.json as database rows', ledger: JSON.parse(demoText) as V1Ledger },
])('the frozen $name, upgraded in place', ({ ledger }) => {
  test('keeps every record and its money adds up the same, client by client', async () => {
    const upgraded = await upgradedDatabase(ledger);
    try {
      expectEveryIdKept(ledger, upgraded.dataset);
      expectMoneyAddsUp(ledger, upgraded.dataset);
    } finally {
      await upgraded.db.delete();
    }
  }, 30_000);
});
