/** Long work reports how far it got and lets the browser paint between chunks. */
export type Phase = 'reading' | 'decrypting' | 'checking' | 'comparing' | 'applying' | 'undoing';

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

/** Records handled between two reports (and, outside a transaction, two pauses). */
export const CHUNK = 2000;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the event loop a turn so the page stays responsive; never inside a transaction. Where the
 * browser has `scheduler.yield` it is used: a chain of zero timeouts is held to 4 ms apiece after
 * the fifth, which adds up over the hundreds of chunks of a large file.
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
