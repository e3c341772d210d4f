import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import type { LedgerDb } from './database';
import { clientInput, freshDb } from './test-db';
import { onNewerVersionElsewhere } from './version-change';
import { CURRENT_DB_VERSION, dbVersions } from './versions';
import { saveRecord } from './write';

let db: LedgerDb;
let other: Dexie | undefined;
afterEach(async () => {
  other?.close();
  other = undefined;
  await Dexie.delete(db.name);
});

/**
 * Runs an open or a delete and fails the moment IndexedDB reports it blocked by a connection that
 * stayed open, instead of hanging until the test times out.
 */
function unblocked(by: Dexie, work: (d: Dexie) => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    by.on('blocked', () => reject(new Error('blocked by a connection that stayed open')));
    work(by).then(resolve, reject);
  });
}

/** The next version of the app, opening the same database with one more table. */
function newerApp(name: string): Dexie {
  const next = new Dexie(name);
  next.version(CURRENT_DB_VERSION + 1).stores({ ...dbVersions.at(-1)!.stores, extra: 'id' });
  return next;
}

describe('a newer version of the database opened in another tab', () => {
  test('closes this connection so the upgrade goes through, and tells the app', async () => {
    db = freshDb();
    const party = await saveRecord(db, 'parties', clientInput());
    const seen: (number | null)[] = [];
    onNewerVersionElsewhere(db, (version) => seen.push(version));

    other = newerApp(db.name);
    await unblocked(other, (d) => d.open());

    expect(seen).toEqual([CURRENT_DB_VERSION + 1]);
    expect(db.isOpen()).toBe(false);
    expect(other.verno).toBe(CURRENT_DB_VERSION + 1);
    expect(await other.table('parties').get(party.id)).toEqual(party);
  });

  test('this tab does not quietly reopen the database with its old schema', async () => {
    db = freshDb();
    await db.open();
    onNewerVersionElsewhere(db, () => {});
    other = newerApp(db.name);
    await unblocked(other, (d) => d.open());

    await expect(db.parties.count()).rejects.toThrow(/closed/i);
  });

  test('a deletion elsewhere is reported as version null', async () => {
    db = freshDb();
    await db.open();
    const seen: (number | null)[] = [];
    onNewerVersionElsewhere(db, (version) => seen.push(version));

    await unblocked(new Dexie(db.name), (d) => d.delete());

    expect(seen).toEqual([null]);
  });

  test('once removed, the handler is not called', async () => {
    db = freshDb();
    await db.open();
    const seen: (number | null)[] = [];
    const stop = onNewerVersionElsewhere(db, (version) => seen.push(version));
    stop();

    other = newerApp(db.name);
    await unblocked(other, (d) => d.open());

    expect(seen).toEqual([]);
  });
});
