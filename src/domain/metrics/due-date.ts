import { addDays, type Day } from '../dates';
import type { Job } from '../records';
import { isBillable } from './billable';

/**
 * When the client owes the money: an agreed date wins; otherwise the terms run from the invoice, or
 * from the day the work was done when no invoice was recorded. A billed job with neither date still
 * gets one from its order date, so it can become overdue; an unbilled job has none.
 */
export function dueDate(job: Job): Day | null {
  if (job.dueOn !== null) return job.dueOn;
  const start = job.invoicedOn ?? job.doneOn ?? (isBillable(job) ? job.orderedOn : null);
  return start === null ? null : addDays(start, job.termsNetDays);
}
