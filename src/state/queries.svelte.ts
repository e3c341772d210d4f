/** Live reads for the screens, each a `Live` over the db layer's queries. */
import {
  allParties,
  contactsForParty,
  currentSettings,
  getJob,
  getParty,
  getPayment,
  jobsForParty,
  partyRecords,
  paymentsForParty,
  wholeLedger,
} from '../db/queries';
import { emptyPartyLedger, partyLedger } from '../db/party-ledger';
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

/** One job with the payments, credits, write-offs, disputes and promises that name it. */
export function liveJob(id: () => string) {
  return new Live(id, async (jobId) => {
    const job = await getJob(db, jobId);
    if (!job) return { job, ...emptyPartyLedger };
    const [payments, records] = await Promise.all([
      paymentsForParty(db, job.clientId),
      partyRecords(db, [job.clientId]),
    ]);
    const ofJob = <T extends { jobId: string | null }>(rows: T[]) =>
      rows.filter((r) => r.jobId === jobId);
    return {
      job,
      payments: payments.filter((p) => p.allocations.some((a) => a.jobId === jobId)),
      credits: ofJob(records.credits),
      writeOffs: ofJob(records.writeOffs),
      disputes: ofJob(records.disputes),
      promises: ofJob(records.promises),
      invoices: records.invoices.filter((i) => i.jobIds.includes(jobId)),
    };
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
