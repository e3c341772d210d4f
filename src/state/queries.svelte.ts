/** Live reads for the screens, each a `Live` over the db layer's queries. */
import {
  allParties,
  contactsForParty,
  currentSettings,
  getJob,
  getParty,
  getPayment,
  jobsForParty,
  paymentsForParty,
  wholeLedger,
} from '../db/queries';
import { partyLedger } from '../db/party-ledger';
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

/**
 * What the figures about a few parties read (a worksheet, a client's scorecard), fetched by index
 * rather than the whole ledger. Keyed by the ids' text: a worksheet's working copy changes with
 * every keystroke, its parties do not, and the read should not run again for each.
 */
export function livePartyLedger(partyIds: () => readonly string[]) {
  const key = $derived(partyIds().join(' '));
  return new Live(
    () => key,
    // No parties yet (the worksheet still loading): nothing to read, and nothing shown as read.
    async (ids) => (ids === '' ? undefined : partyLedger(db, ids.split(' '))),
  );
}

/** One job with what its page shows: its client's and subcontractor's slice, where its payments are. */
export function liveJobLedger(id: () => string) {
  return new Live(id, async (jobId) => {
    const job = await getJob(db, jobId);
    const slice = job
      ? await partyLedger(
          db,
          job.subcontractorId ? [job.clientId, job.subcontractorId] : [job.clientId],
        )
      : { parties: [], jobs: [], payments: [], contacts: [] };
    return { job, ...slice };
  });
}

/** One party with its jobs, payments and contact log. */
export function liveParty(id: () => string) {
  return new Live(id, async (partyId) => {
    const [party, jobs, payments, contacts] = await Promise.all([
      getParty(db, partyId),
      jobsForParty(db, partyId),
      paymentsForParty(db, partyId),
      contactsForParty(db, partyId),
    ]);
    return { party, jobs, payments, contacts };
  });
}

export function liveJob(id: () => string) {
  return new Live(id, async (jobId) => {
    const job = await getJob(db, jobId);
    const payments = job ? await paymentsForParty(db, job.clientId) : [];
    return { job, payments: payments.filter((p) => p.allocations.some((a) => a.jobId === jobId)) };
  });
}

export function livePayment(id: () => string) {
  return new Live(id, (paymentId) => getPayment(db, paymentId));
}

export function liveSettings() {
  return new Live(
    () => undefined,
    () => currentSettings(db),
  );
}
