import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fresh copy of the module: it asks the browser once per page. */
async function asked(): Promise<boolean> {
  const { nothingStored } = await import('./nothing-stored');
  return nothingStored();
}

/** The app's database, empty, as a device that has opened the app has it. */
function createAppDatabase(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('goodwill-ledger');
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** No database of the app, as on a first visit. */
function deleteAppDatabase(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('goodwill-ledger');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

test('a device without the app’s database has nothing stored', async () => {
  await deleteAppDatabase();
  expect(await asked()).toBe(true);
});

test('a device with the app’s database, even an empty one, is read', async () => {
  await createAppDatabase();
  expect(await asked()).toBe(false);
});

test('a browser that cannot list its databases is read, never assumed empty', async () => {
  vi.stubGlobal('indexedDB', { ...indexedDB, databases: undefined });
  expect(await asked()).toBe(false);
  vi.resetModules();
  vi.stubGlobal('indexedDB', {
    databases: () => Promise.reject(new Error('SecurityError')),
  });
  expect(await asked()).toBe(false);
});

test('with nothing stored, the database is worth opening only once something is written', async () => {
  await deleteAppDatabase();
  const { somethingToRead } = await import('./nothing-stored');
  let ready = false;
  const waiting = somethingToRead().then(() => (ready = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(ready).toBe(false);
  // Another tab's first write, as Dexie announces it to the other tabs.
  const otherTab = new BroadcastChannel('x-storagemutated-1');
  otherTab.postMessage({ 'idb://goodwill-ledger/parties/': {} });
  otherTab.close();
  await waiting;
  expect(ready).toBe(true);
});

test('with something stored, the database is worth opening at once', async () => {
  await createAppDatabase();
  const { somethingToRead } = await import('./nothing-stored');
  await somethingToRead();
});

test('the page’s early answer is known at once, and a write heard anywhere settles it', async () => {
  vi.stubGlobal('goodwillLedgerStored', undefined);
  const { nothingStoredNow } = await import('./nothing-stored');
  expect(nothingStoredNow()).toBeUndefined();
  vi.stubGlobal('goodwillLedgerStored', false);
  expect(nothingStoredNow()).toBe(true);
  vi.stubGlobal('goodwillLedgerStored', true);
  expect(nothingStoredNow()).toBe(false);

  vi.stubGlobal('goodwillLedgerStored', false);
  const otherTab = new BroadcastChannel('x-storagemutated-1');
  otherTab.postMessage({ 'idb://goodwill-ledger/parties/': {} });
  otherTab.close();
  await vi.waitFor(() => expect(nothingStoredNow()).toBe(false));
});
