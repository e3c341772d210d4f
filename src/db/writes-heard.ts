/**
 * Dexie announces every committed write: in the tab that wrote, as a DOM event on the global scope,
 * and to the other tabs on a BroadcastChannel, both named `x-storagemutated-1` (dexie.mjs,
 * STORAGE_MUTATED_DOM_EVENT_NAME; writes-heard.test.ts fails if a Dexie upgrade renames them).
 * Listening to both hears the first write anywhere without loading Dexie, which a device with
 * nothing stored does not otherwise need on its first screen.
 */
export const DEXIE_WRITES = 'x-storagemutated-1';

/**
 * Resolves at the next write through Dexie, in this tab or another of the same origin; `signal`
 * stops listening (the promise then never resolves).
 */
export function nextWrite(signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted) return;
    const channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(DEXIE_WRITES) : undefined;
    const stop = () => {
      channel?.close();
      globalThis.removeEventListener?.(DEXIE_WRITES, heard);
      signal?.removeEventListener('abort', stop);
    };
    const heard = () => {
      stop();
      resolve();
    };
    if (channel) channel.onmessage = heard;
    // In Node (the tests), a channel would keep the process alive, as Dexie's own does not.
    (channel as { unref?: () => void } | undefined)?.unref?.();
    globalThis.addEventListener?.(DEXIE_WRITES, heard);
    signal?.addEventListener('abort', stop);
  });
}
