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
  jobsWithStatus,
  partiesOfKind,
  paymentsForParty,
} from '../db/queries';
import type { JobStatus, PartyKind } from '../domain/records';
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
 * they read all of it. The list screens use the narrower reads below.
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

/**
 * The people list: one kind of party through its index, and, for clients only, the jobs and
 * payments their balances come from. No contacts, no worksheets.
 */
export function livePeopleList(kind: () => PartyKind) {
  return new Live(kind, async (k) => {
    const [parties, jobs, payments] = await Promise.all([
      partiesOfKind(db, k),
      k === 'client' ? allJobs(db) : [],
      k === 'client' ? allPayments(db) : [],
    ]);
    return { parties, jobs, payments };
  });
}

/**
 * The job list: the jobs whose stored status can show as one of `statuses` (all when undefined),
 * through the status index; the payments their balances need; the parties for names.
 */
export function liveJobList(statuses: () => readonly JobStatus[] | undefined) {
  return new Live(statuses, async (wanted) => {
    const [jobs, payments, parties] = await Promise.all([
      wanted ? jobsWithStatus(db, wanted) : allJobs(db),
      allPayments(db),
      allParties(db),
    ]);
    return { jobs, payments, parties };
  });
}

/** The payment list: the payments, and the parties and jobs they name. */
export function livePaymentList() {
  return new Live(
    () => undefined,
    async () => {
      const [payments, parties, jobs] = await Promise.all([
        allPayments(db),
        allParties(db),
        allJobs(db),
      ]);
      return { payments, parties, jobs };
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
