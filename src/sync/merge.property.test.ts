/**
 * The merge's promises, checked on the production path: random edit histories written through the
 * real write path on two and three fake-indexeddb databases, exchanged through the real export,
 * reader and apply (see test-history.ts and test-devices.ts). Devices are compared by their
 * export's canonical bytes.
 *
 * On a failure fast-check prints the seed and the path of the shrunk history; replay it with
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run src/sync/merge.property.test.ts`.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { saveRecord, type LedgerDb } from '../db';
import { freshDb } from '../db/test-db';
import { jobBalances } from '../domain/metrics/job-balance';
import { loadDataset } from './export';
import {
  at,
  becomeDevice,
  countedRecordIds,
  exchange,
  exportText,
  importText,
  preview,
  recordBytes,
  type Device,
} from './test-devices';
import { dumpDb } from './test-helpers';
import {
  everyoneHasSeenEveryone,
  history,
  lastWrites,
  play,
  sync,
  tables,
  type Seen,
} from './test-history';

const env = import.meta.env as Record<string, string | undefined>;
const settings: { numRuns: number; seed?: number; path?: string } = {
  numRuns: 1000,
  ...(env.FC_SEED ? { seed: Number(env.FC_SEED) } : {}),
  ...(env.FC_PATH ? { path: env.FC_PATH } : {}),
};
/** A thousand runs take many seconds, not the 5 a test gets by default. */
const LONG = 600_000;

const databases: LedgerDb[] = [freshDb(), freshDb(), freshDb()];
let ids: { reset: () => void };
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  ids = countedRecordIds();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
afterAll(async () => {
  for (const db of databases) await db.delete();
});

/** Device ids in a random order, so that which device wins a same-millisecond tie varies. */
const deviceIds = (count: number) =>
  fc.shuffledSubarray(['device-a', 'device-b', 'device-c'], {
    minLength: count,
    maxLength: count,
  });

/** Fresh devices with these ids, for one run. */
async function devicesNamed(names: readonly string[]): Promise<Device[]> {
  ids.reset();
  return Promise.all(names.map((name, i) => becomeDevice(databases[i]!, name)));
}

/** Exchanges around the ring of devices until every device holds every write. */
async function completeExchanges(devices: Device[], seen: Seen) {
  for (let i = 0; !everyoneHasSeenEveryone(seen); i++) {
    await sync(devices, seen, i % devices.length, (i + 1) % devices.length);
  }
}

type Row = Record<string, unknown> & { id: string; stamps: Record<string, string> };

describe('merging over the real write, export, reader and apply', () => {
  test(
    'importing the same file twice changes nothing the second time (idempotent)',
    async () => {
      await fc.assert(
        fc.asyncProperty(history, deviceIds(2), async (ops, names) => {
          const devices = await devicesNamed(names);
          const [a, b] = devices as [Device, Device];
          await play(devices, ops);
          const text = await exportText(b);
          const planned = await preview(a, text);
          expect((await importText(a, text)).written).toBe(planned.changes);
          const after = await dumpDb(a.db);
          expect((await preview(a, text)).changes).toBe(0);
          expect((await importText(a, text)).written).toBe(0);
          expect(await dumpDb(a.db)).toBe(after);
        }),
        settings,
      );
    },
    LONG,
  );

  test(
    'after exchanging files both ways, in either order or at once, two devices hold identical records (commutative)',
    async () => {
      const order = fc.constantFrom('a first', 'b first', 'at once');
      await fc.assert(
        fc.asyncProperty(history, deviceIds(2), order, async (ops, names, how) => {
          const devices = await devicesNamed(names);
          const [a, b] = devices as [Device, Device];
          await play(devices, ops);
          if (how === 'at once') {
            // Both files written before either import: A ends with A+B, B with B+A.
            const [fromA, fromB] = [await exportText(a), await exportText(b)];
            await importText(a, fromB);
            await importText(b, fromA);
          } else {
            const [x, y] = how === 'a first' ? [a, b] : [b, a];
            await exchange(y, x);
            await exchange(x, y);
          }
          expect(await recordBytes(a)).toBe(await recordBytes(b));
        }),
        settings,
      );
    },
    LONG,
  );

  test(
    'three devices exchanging files in any order end identical once everyone has seen everyone, each write beating what its device had seen, and nothing is lost (associative, convergent)',
    async () => {
      const exchanges = fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 2 })), {
        maxLength: 3,
      });
      await fc.assert(
        fc.asyncProperty(history, deviceIds(3), exchanges, async (ops, names, order) => {
          const devices = await devicesNamed(names);
          const { log, seen } = await play(devices, ops);
          for (const [from, to] of order) await sync(devices, seen, from, to);
          await completeExchanges(devices, seen);

          const [a, b, c] = await Promise.all(devices.map(recordBytes));
          expect(b).toBe(a);
          expect(c).toBe(a);

          // A device's write beats everything the device had seen, so an edit made after an
          // import wins over what came in.
          for (const w of log) expect(w.stamp > w.after, `${w.stamp} after ${w.after}`).toBe(true);

          // Identical, and what they hold is what was written last: every field's value and
          // stamp from the write with the greatest stamp, on any device; every record written,
          // a deleted one as a tombstone; nothing else.
          const last = lastWrites(log);
          const written = new Set(log.map((w) => `${w.table}/${w.id}`));
          const held = new Map<string, Row>();
          for (const table of tables) {
            for (const row of (await devices[0]!.db.table(table).toArray()) as Row[]) {
              held.set(`${table}/${row.id}`, row);
              if (!last.has(`${table}/${row.id}/deletedAt`)) expect(row.deletedAt).toBeNull();
            }
          }
          expect([...held.keys()].sort()).toEqual([...written].sort());
          for (const w of last.values()) {
            const row = held.get(`${w.table}/${w.id}`)!;
            const where = `${w.table}/${w.id}.${w.field}`;
            expect(row[w.field], where).toEqual(w.value);
            expect(row.stamps[w.field], where).toBe(w.stamp);
          }
        }),
        settings,
      );
    },
    LONG,
  );
});

describe('records that count like payments', () => {
  test('two devices each let a client off part of one job: after the exchange both credits count, and both promises stand', async () => {
    const devices = await devicesNamed(['device-a', 'device-b']);
    const [a, b] = devices as [Device, Device];
    // Both devices hold the client and the $1,500 job invoiced 6 March (see play).
    await play(devices, []);
    const [job] = await a.db.jobs.toArray();
    const credit = (amount: number, note: string) => ({
      partyId: job!.clientId,
      jobId: job!.id,
      on: '2026-03-20',
      amount,
      currency: 'USD',
      reason: 'goodwill' as const,
      note,
    });
    const promise = (amount: number) => ({
      partyId: job!.clientId,
      jobId: job!.id,
      madeOn: '2026-03-21',
      dueOn: '2026-04-01',
      amount,
      currency: 'USD',
      via: 'call' as const,
      note: '',
    });
    // The same moment on both devices, the same kind of record: still two records.
    await at(a, () => saveRecord(a.db, 'credits', credit(10_000, 'Gutter left')));
    await at(a, () => saveRecord(a.db, 'promises', promise(50_000)));
    await at(b, () => saveRecord(b.db, 'credits', credit(2_500, 'Late')));
    await at(b, () => saveRecord(b.db, 'promises', promise(50_000)));
    await exchange(a, b);
    await exchange(b, a);
    expect(await recordBytes(a)).toBe(await recordBytes(b));
    const held = await loadDataset(a.db);
    expect(held.credits).toHaveLength(2);
    expect(held.promises).toHaveLength(2);
    // $1,500 billed, less $100 and $25 let off: $1,375 still owed.
    const balance = jobBalances(held.jobs, held, '2026-03-31').get(job!.id)!;
    expect(balance).toMatchObject({ billed: 150_000, credited: 12_500, outstanding: 137_500 });
  });
});
