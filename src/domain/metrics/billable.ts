/**
 * Which jobs count as billed. Open and cancelled jobs owe nothing; every other status means the work
 * was done and the client owes its amount, whatever has happened to the bill since.
 */
import type { Day } from '../dates';
import type { Job, JobStatus } from '../records';

export const billableStatuses = [
  'done',
  'invoiced',
  'paid',
  'disputed',
  'written_off',
] as const satisfies readonly JobStatus[];

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
