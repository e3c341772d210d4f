/**
 * The database for code that comes with the first screen. Dexie was almost half of the first
 * screen's script, and compiling and running it held the first paint back (about 30 ms on a
 * desktop, four times that on a mid-range phone); the first screen's heading and frame need none of
 * it. So the first screen's reads load it here, as a chunk of its own, once the screen has painted;
 * every read shares the same load.
 *
 * The other screens are loaded on demand anyway and import `db` from './db' as usual.
 */
import type { LedgerDb } from '../db/database';
import type * as LiveDatabaseModule from './live-database';

export type LiveDatabase = typeof LiveDatabaseModule;

let loading: Promise<LiveDatabase> | undefined;
let loaded = false;

/** Released when the load may start; at once unless main.ts holds it (holdDatabaseUntil). */
let releaseHold: () => void = () => {};
let held: Promise<void> = Promise.resolve();

/**
 * Holds the load until `moment` (main.ts: the first paint, and on a device with nothing stored the
 * first write anywhere), for the reads that can wait (`canWait`: they have an answer meanwhile,
 * nothing-stored.ts). Fetched and run earlier, the database's code would share the network and the
 * main thread with the first screen's; a read that cannot wait releases the hold.
 */
export function holdDatabaseUntil(moment: Promise<unknown>): void {
  held = new Promise<void>((resolve) => {
    releaseHold = resolve;
    void moment.then(
      () => resolve(),
      () => resolve(),
    );
  });
}

/** Whether the database's code is here: from then on every read asks the database itself. */
export function databaseLoaded(): boolean {
  return loaded;
}

/** The database's code; `canWait` for a read with an answer of its own until it comes. */
export function loadDatabase({
  canWait = false,
}: { canWait?: boolean } = {}): Promise<LiveDatabase> {
  if (!canWait) releaseHold();
  loading ??= held
    .then(() => import('./live-database'))
    .then((module) => {
      loaded = true;
      return module;
    });
  // A failed load (a chunk gone after an update, a flaky disk) is tried again on the next ask.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The database, for the app's ledger copy: it can wait, as it has its own answer meanwhile. */
export async function databaseWhenNeeded(): Promise<LedgerDb> {
  return (await loadDatabase({ canWait: true })).db;
}
