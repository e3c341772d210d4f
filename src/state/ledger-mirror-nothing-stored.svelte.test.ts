// @vitest-environment jsdom
/**
 * The app's copy of the ledger on a device with no database yet: its screens show the figures of
 * no records at once, and the copy's own figures once it has read the database.
 */
import { flushSync } from 'svelte';
import { afterEach, expect, test, vi } from 'vitest';
import type { LedgerDb } from '../db/database';
import { clientInput, freshDb, jobInput } from '../db/test-db';
import { saveRecord } from '../db/write';
import { homeFigure } from '../domain/ledger-figures/figures/home';
import { LedgerMirror, SharedLedger } from './ledger-mirror.svelte';

const AS_OF = '2026-06-15';
let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A database whose load waits for `release()`, as the app's waits for the first paint. */
function heldDatabase(db: LedgerDb) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { load: () => released.then(() => db), release };
}

function screen(shared: SharedLedger): LedgerMirror {
  let mirror: LedgerMirror | undefined;
  cleanups.push(
    $effect.root(() => {
      mirror = new LedgerMirror(shared);
    }),
  );
  flushSync();
  return mirror!;
}

test('with nothing stored, the figures are of no records before the database loads', async () => {
  const db = freshDb();
  cleanups.push(() => db.delete());
  const held = heldDatabase(db);
  const shared = new SharedLedger(held.load, 60_000, async () => true);
  const home = screen(shared);

  await vi.waitFor(() => expect(home.loaded).toBe(true));
  const none = home.get(homeFigure, AS_OF);
  expect(none?.hasClients).toBe(false);
  expect(none?.owed).toEqual({});

  // A client recorded meanwhile (the demo loaded, another tab): the copy's read shows it.
  const client = await saveRecord(db, 'parties', clientInput());
  await saveRecord(db, 'jobs', jobInput(client.id));
  held.release();
  await vi.waitFor(() => expect(home.get(homeFigure, AS_OF)?.hasClients).toBe(true));
  expect(home.get(homeFigure, AS_OF)?.owed).toEqual({ USD: 150_000 });
});

test('with a database stored, the screens wait for the copy', async () => {
  const db = freshDb();
  cleanups.push(() => db.delete());
  let asked!: Promise<boolean>;
  const held = heldDatabase(db);
  const shared = new SharedLedger(held.load, 60_000, () => (asked = Promise.resolve(false)));
  const home = screen(shared);

  await asked;
  await Promise.resolve();
  expect(home.loaded).toBe(false);
  expect(home.get(homeFigure, AS_OF)).toBeUndefined();
  held.release();
  await vi.waitFor(() => expect(home.loaded).toBe(true));
  expect(home.get(homeFigure, AS_OF)?.hasClients).toBe(false);
});

test('known at once (the page asked early), the figures of no records are there as the screen mounts', () => {
  const db = freshDb();
  cleanups.push(() => db.delete());
  const shared = new SharedLedger(heldDatabase(db).load, 60_000, () => true);
  const home = screen(shared);
  expect(home.loaded).toBe(true);
  expect(home.get(homeFigure, AS_OF)?.hasClients).toBe(false);
});
