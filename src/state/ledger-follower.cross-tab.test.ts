/**
 * Another tab's write reaches this tab's copy. A tab has its own Dexie, whose `storagemutated`
 * after a commit goes to the other tabs through a BroadcastChannel (Node has one), arriving
 * there structured-cloned. Here the other "tab" is a second copy of Dexie's code (its ES module
 * build; the app's `dexie` is its CommonJS build behind a wrapper), so it has its own event bus
 * and its own channel, and opens the same fake-indexeddb database: its writes can reach this
 * tab's follower only the way another tab's do.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LedgerDb } from '../db/database';
import { wholeLedger } from '../db/queries';
import { clientInput, freshDb, jobInput, paymentInput } from '../db/test-db';
import { saveRecord } from '../db/write';
import { homeFigure } from '../domain/ledger-figures/figures/home';
import { homeSummary } from '../domain/insights/home-summary';
import { LedgerFollower } from './ledger-follower';

/** Through a variable: the module runner then leaves it to Node, which loads a second copy. */
const otherTabsDexie = 'dexie/dist/dexie.mjs';

const opened: { close(): void }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0)) item.close();
});

describe('the ledger copy and another tab', () => {
  test('follows a write another tab makes, as that tab reports it', async () => {
    const db: LedgerDb = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const job = await saveRecord(db, 'jobs', jobInput(client.id));
    const follower = new LedgerFollower(db, () => {});
    opened.push(follower, db);
    await follower.settled();
    const asOf = '2026-06-30';
    expect(follower.figures!.get(homeFigure, asOf).owed).toEqual({ USD: 150_000 });

    const { default: OtherDexie } = (await import(/* @vite-ignore */ otherTabsDexie)) as {
      default: typeof Dexie;
    };
    expect(OtherDexie).not.toBe(Dexie);
    // Opened without a schema: the other tab's copy takes the database's own.
    const other = new OtherDexie(db.name);
    await other.open();
    opened.push(other);
    const heard: Record<string, unknown>[] = [];
    const listener = (parts: Record<string, unknown>) => void heard.push(parts);
    Dexie.on('storagemutated', listener);
    opened.push({ close: () => Dexie.on.storagemutated.unsubscribe(listener) });

    const stored = {
      id: crypto.randomUUID(),
      createdAt: '2026-06-30T12:00:00.000Z',
      updatedAt: '2026-06-30T12:00:00.000Z',
      deletedAt: null,
      stamps: {},
    };
    const payment = {
      ...paymentInput(client.id, { allocations: [{ jobId: job.id, amount: 50_000 }] }),
      ...stored,
    };
    await other.table('payments').put(payment);
    await vi.waitFor(() => expect(follower.record('payments', payment.id)).toEqual(payment));
    await follower.settled();

    // It came the other tab's way: a message, so a plain object where this tab would have a RangeSet.
    const part = heard.map((p) => p[`idb://${db.name}/payments/`]).find(Boolean);
    expect(part).toBeDefined();
    expect(Object.getPrototypeOf(part)).toBe(Object.prototype);

    const fresh = await wholeLedger(db);
    expect(follower.figures!.get(homeFigure, asOf)).toEqual(homeSummary(fresh, asOf));
    expect(follower.figures!.get(homeFigure, asOf).owed).toEqual({ USD: 100_000 });

    // A deletion there (a tombstone) takes the payment out here.
    await other.table('payments').put({ ...payment, deletedAt: '2026-06-30T13:00:00.000Z' });
    await vi.waitFor(() => expect(follower.record('payments', payment.id)).toBeUndefined());
    expect(follower.figures!.get(homeFigure, asOf).owed).toEqual({ USD: 150_000 });
  });
});
