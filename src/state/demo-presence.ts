/**
 * Whether the demo business is loaded, and what it loaded: all Home's first screen needs to know,
 * apart from demo.ts, which brings the demo generator and the validating bulk write (zod) that a
 * first visit should not load before the owner asks for the demo.
 */
import type { Day } from '../domain/dates';
import type { BulkIds } from '../db/bulk-write';
import type { LedgerDb } from '../db/database';
import { Live } from './live.svelte';

export const DEMO_META_KEY = 'demo';

export interface DemoMeta {
  seed: number;
  asOf: Day;
  /** A demo loaded before version 2 lists only parties, jobs, payments and contacts. */
  ids: Partial<BulkIds>;
}

function isDemoMeta(value: unknown): value is DemoMeta {
  const ids = (value as DemoMeta | undefined)?.ids;
  return (
    typeof ids === 'object' &&
    ids !== null &&
    ['parties', 'jobs', 'payments', 'contacts'].every((k) =>
      Array.isArray((ids as Record<string, unknown>)[k]),
    )
  );
}

export async function demoMeta(db: LedgerDb): Promise<DemoMeta | undefined> {
  const entry = await db.meta.get(DEMO_META_KEY);
  return isDemoMeta(entry?.value) ? entry.value : undefined;
}

/** Whether the demo is loaded on this device; `{ present }` so `undefined` still means loading. */
export function liveDemo() {
  return new Live(
    () => undefined,
    async (_, db) => ({ present: (await demoMeta(db)) !== undefined }),
    () => ({ present: false }),
  );
}
