/**
 * Live reads for the list screens: each reads only the tables its screen shows, through an index
 * where the screen narrows by one. A module apart from queries.svelte.ts, which the first screen
 * loads, so these come with the lists.
 */
import { allJobs, allParties, allPayments } from '../db/queries';
import { jobsWithStatus, partiesOfKind } from '../db/list-queries';
import type { JobStatus, PartyKind } from '../domain/records';
import { liveOnly } from '../domain/records/live';
import { db } from './db';
import { Live } from './live.svelte';

/**
 * The people list: one kind of party through its index, and, for clients only, the jobs and
 * payments their balances come from. No contacts, no worksheets.
 */
export function livePeopleList(kind: () => PartyKind) {
  return new Live(kind, async (k) => {
    const client = k === 'client';
    const [parties, jobs, payments, credits, writeOffs] = await Promise.all([
      partiesOfKind(db, k),
      client ? allJobs(db) : [],
      client ? allPayments(db) : [],
      // What a client owes is also less their credits and write-offs.
      client ? db.credits.toArray().then(liveOnly) : [],
      client ? db.writeOffs.toArray().then(liveOnly) : [],
    ]);
    return { parties, jobs, payments, credits, writeOffs };
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
