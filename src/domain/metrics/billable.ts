/**
 * Which jobs count as billed: done or invoiced. An open job owes nothing yet and a cancelled one
 * nothing at all; what has happened to a billed job's money since is in its other records.
 */
import type { Day } from '../dates';
import type { Job, JobStatus } from '../records';

export const billableStatuses = ['done', 'invoiced'] as const satisfies readonly JobStatus[];

export function isBillable(job: Pick<Job, 'status'>): boolean {
  return (billableStatuses as readonly JobStatus[]).includes(job.status);
}

/** The day a job became billed, so balances "as of" a past day leave out jobs billed later. */
export function billedOn(job: Pick<Job, 'invoicedOn' | 'doneOn' | 'orderedOn'>): Day {
  return job.invoicedOn ?? job.doneOn ?? job.orderedOn;
}

export function isBilledBy(job: Job, asOf: Day): boolean {
  return isBillable(job) && billedOn(job) <= asOf;
}
