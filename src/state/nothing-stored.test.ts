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

test('a device without the app’s database has nothing stored', async () => {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('goodwill-ledger');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  expect(await asked()).toBe(true);
});

test('a device with the app’s database, even an empty one, is read', async () => {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('goodwill-ledger');
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
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
