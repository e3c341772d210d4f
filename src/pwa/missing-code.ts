/**
 * What a tab does when the code of a screen it has not shown yet cannot be loaded. The usual cause
 * is a tab left open on an old version: once a newer version's service worker is in charge it
 * deletes the old files (outdated precaches are cleaned up), and the server has only the new ones,
 * so the old page's `import()` fails offline and online alike. The tab then reloads into the new
 * version, once, after saving what the user typed (the drafts), which is what "Reload" on the
 * update notice does anyway. Loading every screen in advance "just in case" made each first visit
 * fetch and evaluate all of them; this costs nothing until it is needed.
 *
 * With no newer version known, the failure is the network's (offline before the files were
 * cached): the screen says so, and the app asks the server whether a new version exists, so the
 * update notice can offer Reload if that was the cause after all.
 */

/** A reload for missing code this recent means the reload did not help: do not loop. */
export const RELOAD_GUARD_MS = 60_000;
const GUARD_KEY = 'goodwill-ledger:reloaded-for-missing-code';

export interface MissingCodeEnvironment {
  /** A newer version is installed or already in charge (AppUpdate.ready). */
  newerVersion: () => boolean;
  /** Saves the open forms' drafts before the page goes. */
  saveDrafts: () => void;
  /** Switches to the newer version and reloads (AppUpdate.apply). */
  applyUpdate: () => void;
  /** Asks the server for a newer version (AppUpdate.check). */
  checkForUpdate: () => void;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  now: () => number;
}

/**
 * Handles one failed load. Returns true when the page is about to reload into the newer version
 * (the screen can keep saying "Loading"), false when the failure should be shown.
 */
export function recoverFromMissingCode(env: MissingCodeEnvironment): boolean {
  if (!env.newerVersion()) {
    env.checkForUpdate();
    return false;
  }
  const last = Number(env.storage?.getItem(GUARD_KEY) ?? Number.NaN);
  if (Number.isFinite(last) && env.now() - last < RELOAD_GUARD_MS) return false;
  try {
    env.storage?.setItem(GUARD_KEY, String(env.now()));
  } catch {
    // A full or blocked storage: reloading once is still right.
  }
  env.saveDrafts();
  env.applyUpdate();
  return true;
}

/** This tab's session storage, or nothing where the browser's settings block it. */
export function sessionStorageOrNothing(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
