/**
 * Whether this device holds no database of the app yet: a first visit, or storage the browser
 * cleared. Every read then has a known answer (the default settings, no records, no demo) before the
 * database's code has loaded, so a new owner's first screen shows its welcome with the screen's
 * frame instead of after Dexie has loaded and created the database. The reads load the database
 * once something is written (load-database.ts), and follow it from then on.
 *
 * The page asks the browser before this code arrives (the inline script in index.html sets
 * `goodwillLedgerStored`), so the first screen usually knows as it mounts; otherwise it asks here.
 * Once the browser has said something is stored, the page notes it in localStorage and no longer
 * asks: a database removed on its own since (by hand, in the browser's tools) then just loads the
 * database, which Dexie creates empty, the way a device without the answer does.
 * A write heard anywhere (writes-heard.ts) settles it: something is stored. `false` whenever the
 * browser cannot say (no `indexedDB.databases()`): then the reads just wait for the database.
 */
import { DEFAULT_DB_NAME } from '../db/name';
import { nextWrite } from '../db/writes-heard';

/** Set by index.html's inline script once the browser has answered. */
declare global {
  var goodwillLedgerStored: boolean | undefined;
}

let written = false;
// A write anywhere means something is stored, whatever the browser said before it.
void nextWrite().then(() => (written = true));

/** The answer as far as it is known now: undefined until the browser has said. */
export function nothingStoredNow(): boolean | undefined {
  if (written) return false;
  const stored = globalThis.goodwillLedgerStored;
  return stored === undefined ? undefined : !stored;
}

let asked: Promise<boolean> | undefined;

export async function nothingStored(): Promise<boolean> {
  const known = nothingStoredNow();
  if (known !== undefined) return known;
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
  return (await asked) && !written;
}

/**
 * Resolves once the database is worth opening: at once when something is stored; on a device with
 * nothing stored, at the first write through Dexie in any tab (writes-heard.ts), until which the
 * first screen's reads have their answers without it.
 */
export async function somethingToRead(): Promise<void> {
  // Listening before asking, so that no write can fall between the two.
  const listening = new AbortController();
  const write = nextWrite(listening.signal);
  if (await nothingStored()) await write;
  listening.abort();
}
