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

/** Gives the event loop a turn so the page stays responsive; never inside a transaction. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
