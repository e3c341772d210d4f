// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { SHARED_FILE_CACHE, takeSharedFile } from './shared-file';

/** Enough of Cache Storage for what the service worker and the app do with it. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, entries);
    return {
      put: async (url: string, response: Response) => void entries.set(String(url), response),
      keys: async () => [...entries.keys()].map((url) => new Request(url)),
      match: async (request: Request) => entries.get(request.url)?.clone(),
    };
  };
  const storage = {
    has: async (name: string) => stores.has(name),
    open: async (name: string) => open(name),
    delete: async (name: string) => stores.delete(name),
  };
  return { storage: storage as unknown as CacheStorage, stores, open };
}

describe('the shared file', () => {
  test('is handed over once, with its name and type, and then removed from storage', async () => {
    const { storage, stores, open } = fakeCaches();
    await open(SHARED_FILE_CACHE).put(
      'https://app.example/shared-file',
      new Response('{"format":"goodwill-ledger-export"}', {
        headers: {
          'Content-Type': 'application/json',
          'X-File-Name': encodeURIComponent('goodwill-ledger-Lena’s phone-2026-11-30.json'),
        },
      }),
    );

    const file = await takeSharedFile(storage);
    expect(file?.name).toBe('goodwill-ledger-Lena’s phone-2026-11-30.json');
    expect(file?.type).toBe('application/json');
    expect(await file?.text()).toBe('{"format":"goodwill-ledger-export"}');
    expect(stores.has(SHARED_FILE_CACHE)).toBe(false);
    expect(await takeSharedFile(storage)).toBeUndefined();
  });

  test('with nothing shared there is nothing to take, and nothing is created', async () => {
    const { storage, stores } = fakeCaches();
    expect(await takeSharedFile(storage)).toBeUndefined();
    expect(stores.size).toBe(0);
  });

  test('a file without a usable name still comes through', async () => {
    const { storage, open } = fakeCaches();
    await open(SHARED_FILE_CACHE).put(
      'https://app.example/shared-file',
      new Response('{}', { headers: { 'X-File-Name': '%E0%A4%A' } }),
    );
    expect((await takeSharedFile(storage))?.name).toBe('shared-file.json');
  });

  test('without Cache Storage (an old browser) nothing is waiting', async () => {
    expect(await takeSharedFile(undefined)).toBeUndefined();
  });
});
