/**
 * A write the browser refuses (disk full, storage blocked, private mode) must reach the user as a
 * storage error, with nothing written. Quota errors arrive from Dexie in several shapes: thrown by
 * a request, or as an aborted transaction whose inner error is the real cause.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LedgerDb } from './database';
import { clientInput, freshDb } from './test-db';
import { saveRecord, setDeleted } from './write';
import { isStorageFailure, WriteError } from './write-error';

let db: LedgerDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function refusal(promise: Promise<unknown>): Promise<WriteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WriteError);
  return error as WriteError;
}

/** Everything stored, the device-local clock included. */
async function everything(d: LedgerDb) {
  return Object.fromEntries(
    await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

describe('a write the browser refuses', () => {
  test('a quota error inside the transaction is a storage error, and nothing is written', async () => {
    db = freshDb();
    const first = await saveRecord(db, 'parties', clientInput({ name: 'Ada' }));
    const before = await everything(db);
    // The write path goes through db.table(name), a different object from the db.parties shortcut.
    vi.spyOn(db.table('parties'), 'put').mockImplementation(() => {
      throw quotaExceeded();
    });

    const created = await refusal(saveRecord(db, 'parties', clientInput({ name: 'Bea' })));
    const updated = await refusal(
      saveRecord(db, 'parties', clientInput({ name: 'Ada Lovelace' }), first.id),
    );

    expect(created.kind).toBe('storage');
    expect(updated.kind).toBe('storage');
    expect(isStorageFailure(created.cause)).toBe(true);
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual(before);
  });

  test('an aborted transaction whose inner error is a quota error is a storage error', async () => {
    db = freshDb();
    const first = await saveRecord(db, 'parties', clientInput());
    const before = await everything(db);
    // What Chromium reports when the disk fills at commit: the transaction aborts with the cause.
    vi.spyOn(db.table('parties'), 'put').mockImplementation(() =>
      Dexie.Promise.reject(new Dexie.AbortError('Transaction aborted', quotaExceeded())),
    );

    const error = await refusal(setDeleted(db, 'parties', first.id, true));

    expect(error.kind).toBe('storage');
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual(before);
    expect((await db.parties.get(first.id))?.deletedAt).toBeNull();
  });

  test('storage that cannot be opened at all (blocked, private mode) is a storage error', async () => {
    db = freshDb();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException(
        'A mutation operation was attempted in a private window.',
        'InvalidStateError',
      );
    });

    const error = await refusal(saveRecord(db, 'parties', clientInput()));

    expect(error.kind).toBe('storage');
  });

  test('an ordinary bug is not mistaken for a storage failure', async () => {
    db = freshDb();
    vi.spyOn(db.table('parties'), 'put').mockImplementation(() => {
      throw new TypeError('cannot read properties of undefined');
    });

    await expect(saveRecord(db, 'parties', clientInput())).rejects.toThrow(TypeError);
  });
});
