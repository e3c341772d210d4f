// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LedgerDb } from '../db/database';
import { clientInput, freshDb, jobInput } from '../db/test-db';
import { bulkAdd } from '../db/bulk-write';
import { saveRecord } from '../db/write';
import { homeFigure } from '../domain/ledger-figures/figures/home';
import { LedgerMirror, SharedLedger } from './ledger-mirror.svelte';

const AS_OF = '2026-06-15';
let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function ledgerDb(): Promise<LedgerDb> {
  const db = freshDb();
  cleanups.push(async () => {
    db.close();
    await db.delete();
  });
  const client = await saveRecord(db, 'parties', clientInput());
  await saveRecord(db, 'jobs', jobInput(client.id));
  return db;
}

/** A screen using the copy: a mirror made inside an effect root, as a component makes it. */
function screen(shared: SharedLedger): { mirror: LedgerMirror; close: () => void } {
  let mirror: LedgerMirror | undefined;
  const close = $effect.root(() => {
    mirror = new LedgerMirror(shared);
  });
  flushSync();
  cleanups.push(close);
  return { mirror: mirror!, close };
}

async function loaded(shared: SharedLedger): Promise<void> {
  await vi.waitFor(() => expect(shared.loaded).toBe(true));
  await shared.settled();
}

describe('the shared copy of the ledger', () => {
  test('is read once for every screen using it, and answers their figures', async () => {
    const shared = new SharedLedger(await ledgerDb());
    const home = screen(shared);
    const card = screen(shared);
    expect(home.mirror.loaded).toBe(false);
    await loaded(shared);
    expect(home.mirror.get(homeFigure, AS_OF)?.owed).toEqual({ USD: 150_000 });
    expect(card.mirror.get(homeFigure, AS_OF)).toBe(home.mirror.get(homeFigure, AS_OF));
  });

  test('moves its version on with each write, and its figures with it', async () => {
    const db = await ledgerDb();
    const shared = new SharedLedger(db);
    const { mirror } = screen(shared);
    await loaded(shared);
    const before = mirror.version;
    const [client] = await db.parties.toArray();
    await saveRecord(
      db,
      'jobs',
      jobInput(client!.id, { lines: [{ ...jobInput('x').lines[0]!, unitPrice: 25_000 }] }),
    );
    await shared.settled();
    expect(mirror.version).toBeGreaterThan(before);
    expect(mirror.get(homeFigure, AS_OF)?.owed).toEqual({ USD: 175_000 });
    expect(mirror.record('parties', client!.id)?.name).toBe('Ada Client');
    expect(mirror.hasOtherCurrency('USD')).toBe(false);
    expect(mirror.hasOtherCurrency('EUR')).toBe(true);
  });

  test('outlives its last screen for a while, then is dropped', async () => {
    const shared = new SharedLedger(await ledgerDb(), 60_000);
    const first = screen(shared);
    await loaded(shared);
    const copy = shared.follower;
    vi.useFakeTimers();
    first.close();
    vi.advanceTimersByTime(30_000);
    const second = screen(shared);
    expect(shared.follower).toBe(copy);
    expect(second.mirror.loaded).toBe(true);
    second.close();
    vi.advanceTimersByTime(60_000);
    expect(shared.follower).toBeUndefined();
    expect(shared.loaded).toBe(false);
  });

  test('a screen opened after the copy was dropped reads the ledger again', async () => {
    const shared = new SharedLedger(await ledgerDb(), 0);
    screen(shared).close();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shared.follower).toBeUndefined();
    const { mirror } = screen(shared);
    await loaded(shared);
    expect(mirror.get(homeFigure, AS_OF)?.owed).toEqual({ USD: 150_000 });
  });

  test('a screen opened after an import while none showed it reads the ledger afresh', async () => {
    const db = await ledgerDb();
    const shared = new SharedLedger(db);
    const first = screen(shared);
    await loaded(shared);
    const copy = shared.follower;
    first.close();
    const parties = Array.from({ length: 60 }, (_, n) => ({
      ...clientInput({ name: `Imported ${n}` }),
      id: crypto.randomUUID(),
    }));
    await bulkAdd(db, { parties } as never);
    await shared.settled();
    expect(shared.follower?.behind).toBe(true);
    const { mirror } = screen(shared);
    expect(shared.follower).not.toBe(copy);
    expect(mirror.loaded).toBe(false);
    await loaded(shared);
    expect(mirror.get(homeFigure, AS_OF)?.hasClients).toBe(true);
    expect(mirror.record('parties', parties[0]!.id)?.name).toBe('Imported 0');
  });
});
