/** Live reads for the screens, each a `Live` over the db layer's queries. */
import {
  allContacts,
  allJobs,
  allParties,
  allPayments,
  contactsForParty,
  currentSettings,
  getJob,
  getParty,
  getPayment,
  jobsForParty,
  paymentsForParty,
} from '../db/queries';
import { db } from './db';
import { Live } from './live.svelte';

export function liveParties() {
  return new Live(
    () => undefined,
    () => allParties(db),
  );
}

/**
 * Every live record: the dashboard and the worksheets derive figures across the whole ledger, so
 * they read all of it. The list screens use the narrower reads of list-queries.svelte.ts.
 */
export function liveLedger() {
  return new Live(
    () => undefined,
    async () => {
      const [parties, jobs, payments, contacts] = await Promise.all([
        allParties(db),
        allJobs(db),
        allPayments(db),
        allContacts(db),
      ]);
      return { parties, jobs, payments, contacts };
    },
  );
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
