/**
 * Live reads the first screen needs (or that are as small as it): the parties, the whole ledger
 * for Home, one job, the settings. Reads of one record with its slice of the ledger are in
 * record-queries.svelte.ts, which comes with the screens that show them.
 */
import { allParties, currentSettings, getJob, paymentsForParty, wholeLedger } from '../db/queries';
import { db } from './db';
import { Live } from './live.svelte';

export function liveParties() {
  return new Live(
    () => undefined,
    () => allParties(db),
  );
}

/**
 * Every live record: Home's dashboard and the needs-a-decision view derive figures across the whole
 * ledger, so they read all of it. Screens about one party read its slice (livePartyLedger); the
 * list screens use the narrower reads of list-queries.svelte.ts.
 */
export function liveLedger() {
  return new Live(
    () => undefined,
    () => wholeLedger(db),
  );
}

/** One job and the payments that settle it (the job form, the shortcuts, a new worksheet). */
export function liveJob(id: () => string) {
  return new Live(id, async (jobId) => {
    const job = await getJob(db, jobId);
    const payments = job ? await paymentsForParty(db, job.clientId) : [];
    return { job, payments: payments.filter((p) => p.allocations.some((a) => a.jobId === jobId)) };
  });
}

export function liveSettings() {
  return new Live(
    () => undefined,
    () => currentSettings(db),
  );
}
