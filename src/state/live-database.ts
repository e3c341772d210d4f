/**
 * Dexie, the app's database and Dexie's liveQuery: loaded through `loadDatabase()` (load-database.ts)
 * by the live reads the first screen makes, so that the first screen's code does not carry them.
 */
export { liveQuery } from 'dexie';
export { db } from './db';
