/**
 * The database for code that comes with the first screen. Dexie is almost half of the first screen's
 * script, and compiling and running it held the first paint back (about 30 ms on a desktop, four
 * times that on a mid-range phone); the first screen's heading and frame need none of it. So the
 * first screen's reads load it here, as a chunk of its own, while the screen paints: main.ts starts
 * the load at once, and every read after it shares the same one.
 *
 * The other screens are loaded on demand anyway and import `db` from './db' as usual.
 */
import type { LedgerDb } from '../db/database';
import type * as LiveDatabaseModule from './live-database';

export type LiveDatabase = typeof LiveDatabaseModule;

let loading: Promise<LiveDatabase> | undefined;

export function loadDatabase(): Promise<LiveDatabase> {
  loading ??= import('./live-database');
  // A failed load (a chunk gone after an update, a flaky disk) is tried again on the next ask.
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function database(): Promise<LedgerDb> {
  return (await loadDatabase()).db;
}
