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
let notBefore: Promise<unknown> = Promise.resolve();

/**
 * Holds the load until `moment` (main.ts: the first paint). Fetched and run earlier, the database's
 * code would share the network and the main thread with the first screen's, and delay its paint.
 */
export function loadDatabaseAfter(moment: Promise<unknown>): void {
  notBefore = moment;
}

let loaded = false;

/** Whether the database's code is here: from then on every read asks the database itself. */
export function databaseLoaded(): boolean {
  return loaded;
}

export function loadDatabase(): Promise<LiveDatabase> {
  loading ??= notBefore
    .then(() => import('./live-database'))
    .then((module) => {
      loaded = true;
      return module;
    });
  // A failed load (a chunk gone after an update, a flaky disk) is tried again on the next ask.
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function database(): Promise<LedgerDb> {
  return (await loadDatabase()).db;
}
