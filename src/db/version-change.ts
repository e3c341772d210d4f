import type Dexie from 'dexie';

/**
 * Another tab opened a newer version of the database (a new version of the app), or deleted it.
 * This tab's open connection would block that, so it is closed here for good (Dexie's default
 * would reopen it on the next read, with the old schema) and `handler` decides what the tab does
 * next: normally save what the user typed and reload into the new version.
 * `newVersion` is the app's database version (db.version()), or null for a deletion.
 * Returns a function that removes the handler.
 */
export function onNewerVersionElsewhere(
  db: Dexie,
  handler: (newVersion: number | null) => void,
): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    // Dexie keeps native IndexedDB versions at ten times the declared ones.
    handler(event.newVersion === null ? null : event.newVersion / 10);
    // Returning false skips Dexie's default handler (close and reopen quietly).
    return false;
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
