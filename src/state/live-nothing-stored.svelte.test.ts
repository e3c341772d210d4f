// @vitest-environment jsdom
/**
 * A first visit's reads answer before the database's code has loaded, when the device holds no
 * database yet (nothing-stored.ts), and the database's own answer takes over once it has loaded.
 */
import Dexie from 'dexie';
import { flushSync } from 'svelte';
import { afterEach, expect, test, vi } from 'vitest';
import type { LedgerDb } from '../db/database';
import type { LiveDatabase } from './load-database';

const device = vi.hoisted(() => ({
  nothingStored: true,
  loaded: false,
  release: undefined as undefined | (() => void),
  knownAtOnce: undefined as boolean | undefined,
  /** The last answer given, to wait for instead of for time. */
  asked: Promise.resolve(false),
}));
vi.mock('./nothing-stored', () => ({
  // Known at once when the page asked early (index.html), else asked.
  nothingStoredNow: () => device.knownAtOnce,
  nothingStored: () => (device.asked = Promise.resolve(device.nothingStored)),
}));

/** Until the read has had the device's answer and acted on it. */
async function answered(): Promise<void> {
  await device.asked;
  await Promise.resolve();
}
vi.mock('./load-database', () => ({
  databaseLoaded: () => device.loaded,
  // Held until the test releases it, as the real one is until the first paint.
  loadDatabase: () =>
    new Promise<LiveDatabase>((resolve) => {
      device.release = () => {
        device.loaded = true;
        resolve({ liveQuery: Dexie.liveQuery, db: { name: 'the database' } as LedgerDb });
      };
    }),
}));

const { Live } = await import('./live.svelte');

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  device.nothingStored = true;
  device.knownAtOnce = undefined;
  device.loaded = false;
});

function start(): InstanceType<typeof Live<string, void>> {
  let live: InstanceType<typeof Live<string, void>> | undefined;
  stop = $effect.root(() => {
    live = new Live(
      () => undefined,
      async (_, db) => `read from ${db.name}`,
      () => 'nothing stored',
    );
  });
  flushSync();
  return live!;
}

test('on a device with no database, the read answers before the database loads', async () => {
  const live = start();
  await vi.waitFor(() => expect(live.loaded).toBe(true));
  expect(live.value).toBe('nothing stored');

  device.release!();
  await vi.waitFor(() => expect(live.value).toBe('read from the database'));
});

test('on a device with a database, the read waits for it', async () => {
  device.nothingStored = false;
  const live = start();
  await answered();
  expect(live.loaded).toBe(false);
  expect(live.value).toBeUndefined();

  device.release!();
  await vi.waitFor(() => expect(live.value).toBe('read from the database'));
});

test('once the database has loaded, every read asks it, whatever was stored at first', async () => {
  device.loaded = true;
  device.asked = Promise.resolve(false);
  const live = start();
  await answered();
  expect(live.loaded).toBe(false);
  device.release!();
  await vi.waitFor(() => expect(live.value).toBe('read from the database'));
});

test('known as the screen mounts, the answer is there before anything is awaited', () => {
  device.knownAtOnce = true;
  const live = start();
  expect(live.loaded).toBe(true);
  expect(live.value).toBe('nothing stored');
});
