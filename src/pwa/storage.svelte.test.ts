// @vitest-environment jsdom
import Dexie from 'dexie';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { StorageStatus } from './storage.svelte';

function fakeStorage(persisted: boolean, grants = true) {
  let kept = persisted;
  return {
    persisted: vi.fn(async () => kept),
    persist: vi.fn(async () => (kept = kept || grants)),
    estimate: vi.fn(async () => ({ usage: 1_200_000, quota: 50_000_000 })),
  };
}

// Dexie announces a write as it would after a commit (writes-heard.ts hears its DOM event); once
// the tasks this queues have run, a second ask that should not happen would show in the calls.
const wrote = async () => {
  Dexie.on.storagemutated.fire({});
  await new Promise((resolve) => setTimeout(resolve, 0));
};
/** Waits until an ask in flight has had its answer. */
const answered = (status: StorageStatus) => vi.waitFor(() => expect(status.asking).toBe(false));

beforeEach(() => localStorage.clear());

describe('StorageStatus', () => {
  test('reads whether the data is kept, and the space used and left', async () => {
    const status = new StorageStatus(fakeStorage(true));
    await status.refresh();
    expect(status.persistence).toBe('granted');
    expect(status.usage).toBe(1_200_000);
    expect(status.available).toBe(48_800_000);
  });

  test('a browser without the API says so instead of failing', async () => {
    const status = new StorageStatus(undefined);
    await status.refresh();
    expect(status.persistence).toBe('unsupported');
    expect(await status.request()).toBe(false);
  });

  test('asking updates the answer', async () => {
    const api = fakeStorage(false);
    const status = new StorageStatus(api);
    await status.refresh();
    expect(status.persistence).toBe('not-granted');
    expect(await status.request()).toBe(true);
    expect(status.persistence).toBe('granted');
  });

  test('asks by itself once per device, right after the first write', async () => {
    const api = fakeStorage(false, false);
    const status = new StorageStatus(api);
    await status.askAtTheRightMoment(false);
    expect(api.persist).not.toHaveBeenCalled();

    await wrote();
    await vi.waitFor(() => expect(api.persist).toHaveBeenCalledTimes(1));
    await answered(status);
    expect(status.persistence).toBe('not-granted');
    await wrote();
    expect(api.persist).toHaveBeenCalledTimes(1);

    // Next visit: already asked (and refused) on this device; Settings still offers the button.
    const again = new StorageStatus(api);
    await again.askAtTheRightMoment(false);
    await wrote();
    expect(again.asking).toBe(false);
    expect(api.persist).toHaveBeenCalledTimes(1);
  });

  test('an installed app asks at start, which browsers answer without a prompt', async () => {
    const api = fakeStorage(false);
    const status = new StorageStatus(api);
    await status.askAtTheRightMoment(true);
    expect(api.persist).toHaveBeenCalledTimes(1);
    expect(status.persistence).toBe('granted');
  });

  test('nothing is asked when the data is already kept', async () => {
    const api = fakeStorage(true);
    const status = new StorageStatus(api);
    await status.askAtTheRightMoment(true);
    expect(status.persistence).toBe('granted');
    await wrote();
    expect(status.asking).toBe(false);
    expect(api.persist).not.toHaveBeenCalled();
  });
});
