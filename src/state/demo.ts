/**
 * The demo business: loaded in one step for a new owner to explore, clearly marked while present,
 * removed in one step. The ids it loaded are kept in the device-local meta table, so removing it
 * deletes exactly those records (outright: a demo must not travel as tombstones) and leaves the
 * owner's own. A demo record the owner's own records have come to depend on is kept, and said so.
 */
import { bulkAdd, bulkHardDelete, bulkTables, type BulkIds } from '../db/bulk-write';
import { derivedId } from '../domain/records/upgrade/derived-id';
import { WriteError } from '../db/write-error';
import { today, type Day } from '../domain/dates';
import { DEMO_SEED, generateDemo } from '../domain/demo';
import type { Currency } from '../domain/money';
import { isLive } from '../domain/records/live';
import { t } from '../i18n/i18n.svelte';
import { db } from './db';
import { DEMO_META_KEY, demoMeta, type DemoMeta } from './demo-presence';

export { DEMO_META_KEY, liveDemo } from './demo-presence';

export type DemoResult = { ok: true; count: number; kept: number } | { ok: false; message: string };

function failure(error: unknown): DemoResult {
  if (error instanceof WriteError && error.kind === 'storage') {
    return { ok: false, message: t('errors.storage') };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, message: t('errors.unexpected', { message }) };
}

/** Loads the demo, in the owner's currency, dated up to today; only while they have no clients. */
export async function loadDemo(currency: Currency, asOf: Day = today()): Promise<DemoResult> {
  try {
    if (await demoMeta(db)) return { ok: false, message: t('insights.demo.alreadyLoaded') };
    const clients = await db.parties.where('kind').equals('client').toArray();
    if (clients.some(isLive)) {
      return { ok: false, message: t('insights.demo.onlyWhenEmpty') };
    }
    const demo = generateDemo({ seed: DEMO_SEED, asOf, currency });
    const ids = Object.fromEntries(
      bulkTables.map((table) => [table, demo[table].map((r) => r.id)]),
    ) as BulkIds;
    const meta: DemoMeta = { seed: DEMO_SEED, asOf, ids };
    const count = await bulkAdd(db, demo, { key: DEMO_META_KEY, value: meta });
    return { ok: true, count, kept: 0 };
  } catch (error) {
    return failure(error);
  }
}

/**
 * A demo loaded before version 2 had jobs marked disputed or written off; the upgrade gave each a
 * dispute or write-off record with an id derived from the job's (v1-to-v2.ts). They are the demo's.
 */
function withUpgradedRecords(ids: Partial<BulkIds>): Partial<BulkIds> {
  if (ids.disputes || !ids.jobs) return ids;
  return {
    ...ids,
    disputes: ids.jobs.map((id) => derivedId(id, 'v1-dispute')),
    writeOffs: ids.jobs.map((id) => derivedId(id, 'v1-write-off')),
  };
}

/** Removes the demo's records, except any the owner's own records link to. */
export async function removeDemo(): Promise<DemoResult> {
  try {
    const meta = await demoMeta(db);
    if (!meta) return { ok: true, count: 0, kept: 0 };
    const result = await bulkHardDelete(db, withUpgradedRecords(meta.ids), DEMO_META_KEY);
    const kept = Object.values(result.kept).reduce((n, ids) => n + ids.length, 0);
    return { ok: true, count: result.deleted, kept };
  } catch (error) {
    return failure(error);
  }
}
