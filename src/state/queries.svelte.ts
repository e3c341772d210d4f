/**
 * Live reads the first screen needs (or that are as small as it): the parties, one job, the
 * settings, each with its answer on a device with nothing stored (nothing-stored.ts). Home's
 * figures come from the tab's one copy of the ledger (ledger-mirror.svelte.ts); reads of one record
 * with its slice of the ledger are in record-queries.svelte.ts, which comes with the screens that
 * show them.
 */
import { allParties, currentSettings, getJob, paymentsForParty } from '../db/queries';
import { defaultSettings } from '../domain/records/settings-defaults';
import { Live } from './live.svelte';

export function liveParties() {
  return new Live(
    () => undefined,
    (_, db) => allParties(db),
    () => [],
  );
}

/** One job and the payments that settle it (the job form, the shortcuts, a new worksheet). */
export function liveJob(id: () => string) {
  return new Live(
    id,
    async (jobId, db) => {
      const job = await getJob(db, jobId);
      const payments = job ? await paymentsForParty(db, job.clientId) : [];
      return {
        job,
        payments: payments.filter((p) => p.allocations.some((a) => a.jobId === jobId)),
      };
    },
    () => ({ job: undefined, payments: [] }),
  );
}

export function liveSettings() {
  return new Live(
    () => undefined,
    (_, db) => currentSettings(db),
    // What currentSettings reads from a database with no settings stored.
    () => ({ ...defaultSettings }),
  );
}
