// @vitest-environment jsdom
/**
 * The first screen's reads load the database's code (load-database.ts); a load that fails (the
 * chunk gone after an update, a flaky disk) must show as the read's error, and Retry must load it
 * again rather than keep the failed promise.
 */
import { flushSync } from 'svelte';
import { afterEach, expect, test, vi } from 'vitest';

const loads = vi.hoisted(() => ({ fail: true, count: 0 }));
vi.mock('./live-database', async (real) => {
  loads.count += 1;
  if (loads.fail) throw new Error('Failed to fetch dynamically imported module');
  return real();
});

const { Live } = await import('./live.svelte');

let stop: (() => void) | undefined;
afterEach(() => stop?.());

test('a database whose code fails to load gives the error, and retry() loads it again', async () => {
  let live: InstanceType<typeof Live<string, void>> | undefined;
  stop = $effect.root(() => {
    live = new Live(
      () => undefined,
      async (_, db) => `read from ${db.name}`,
    );
  });
  flushSync();
  await vi.waitFor(() => expect(live!.loaded).toBe(true));
  // Vitest wraps what the mock throws; what matters is that the read says it failed.
  expect(live!.error).toBeInstanceOf(Error);
  expect(live!.value).toBeUndefined();

  loads.fail = false;
  live!.retry();
  flushSync();
  expect(live!.loaded).toBe(false);
  await vi.waitFor(() => expect(live!.value).toBe('read from goodwill-ledger'));
  expect(live!.error).toBeUndefined();
  expect(loads.count).toBe(2);
});
