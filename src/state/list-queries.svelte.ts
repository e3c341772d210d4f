/**
 * Live reads for the list screens: each reads only the tables its screen shows, through an index
 * where the screen narrows by one. A module apart from queries.svelte.ts, which the first screen
 * loads, so these come with the lists.
 */
import { allJobs, allParties, allPayments, keep } from '../db/queries';
import { jobsWithStatus, partiesOfKind } from '../db/list-queries';
import type { JobStatus, PartyKind } from '../domain/records';
import { db } from './db';
import { Live } from './live.svelte';

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
    const [jobs, payments, parties, credits, writeOffs, disputes] = await Promise.all([
      wanted ? jobsWithStatus(db, wanted) : allJobs(db),
      allPayments(db),
      allParties(db),
      // What else moves a job's balance (issue 14): credits, write-offs, open disputes.
      db.credits.toArray().then((rows) => keep(rows, {})),
      db.writeOffs.toArray().then((rows) => keep(rows, {})),
      db.disputes.toArray().then((rows) => keep(rows, {})),
    ]);
    return { jobs, payments, parties, credits, writeOffs, disputes };
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
