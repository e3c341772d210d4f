/**
 * Live reads of one record with what its screen shows: a party or a job with their slice of the
 * ledger, a payment. Apart from queries.svelte.ts, which the first screen loads.
 */
import {
  contactsForParty,
  getJob,
  getParty,
  getPayment,
  jobsForParty,
  partyRecords,
  paymentsForParty,
} from '../db/queries';
import { emptyPartyLedger, partyLedger } from '../db/party-ledger';
import { db } from './db';
import { Live } from './live.svelte';

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
      : emptyPartyLedger;
    return { job, ...slice };
  });
}

/**
 * One party with its jobs, payments, credits, write-offs, disputes, promises, invoices and
 * contact log.
 */
export function liveParty(id: () => string) {
  return new Live(id, async (partyId) => {
    const [party, jobs, payments, records, contacts] = await Promise.all([
      getParty(db, partyId),
      jobsForParty(db, partyId),
      paymentsForParty(db, partyId),
      partyRecords(db, [partyId]),
      contactsForParty(db, partyId),
    ]);
    return { party, jobs, payments, ...records, contacts };
  });
}

export function livePayment(id: () => string) {
  return new Live(id, (paymentId) => getPayment(db, paymentId));
}
