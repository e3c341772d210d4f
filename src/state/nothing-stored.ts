/**
 * Whether this device holds no database of the app yet: a first visit, or storage the browser
 * cleared. Every read then has a known answer (the default settings, no records, no demo) before the
 * database's code has loaded, so a new owner's first screen shows its welcome with the screen's
 * frame instead of after Dexie has loaded and created the database. The reads load the database
 * all the same, just after the first paint, and follow it from then on.
 *
 * Only asked before the database has loaded (`databaseLoaded()`): from then on the reads answer.
 * `false` whenever the browser cannot say (no `indexedDB.databases()`): then the reads just wait.
 */
import { DEFAULT_DB_NAME } from '../db/name';
import { nextWrite } from '../db/writes-heard';

let asked: Promise<boolean> | undefined;

export function nothingStored(): Promise<boolean> {
  asked ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') {
        return false;
      }
      const databases = await indexedDB.databases();
      return !databases.some((d) => d.name === DEFAULT_DB_NAME);
    } catch {
      return false;
    }
  })();
  return asked;
}

/**
 * Resolves once the database is worth opening: at once when something is stored; on a device with
 * nothing stored, at the first write through Dexie in any tab (writes-heard.ts), until which the
 * first screen's reads have their answers without it.
 */
export async function somethingToRead(): Promise<void> {
  // Listening before asking, so that no write can fall between the two.
  const listening = new AbortController();
  const written = nextWrite(listening.signal);
  if (await nothingStored()) await written;
  listening.abort();
}
