/** The new-invoice form: which jobs may go on it, and its dates. */
import { addDays, isDay, type Day } from '../../domain/dates';
import type { Id, Invoice, Job } from '../../domain/records';
import { isLive } from '../../domain/records/live';

/** A job can be invoiced once the work is started or done, and not when cancelled. */
export function canInvoice(job: Pick<Job, 'status'>): boolean {
  return job.status === 'open' || job.status === 'done';
}

/** The live invoice (not voided) a job is on, if any. */
export function invoiceOf(jobId: Id, invoices: readonly Invoice[]): Invoice | undefined {
  return invoices.find((i) => isLive(i) && i.voidedOn === null && i.jobIds.includes(jobId));
}

/**
 * The client's other jobs that may join `job` on one invoice: done, live, in the same currency,
 * and on no invoice yet; oldest first.
 */
export function otherInvoiceableJobs(
  job: Job,
  jobs: readonly Job[],
  invoices: readonly Invoice[],
): Job[] {
  return jobs
    .filter(
      (j) =>
        j.id !== job.id &&
        isLive(j) &&
        j.clientId === job.clientId &&
        j.currency === job.currency &&
        j.status === 'done' &&
        invoiceOf(j.id, invoices) === undefined,
    )
    .sort((a, b) => (a.orderedOn < b.orderedOn ? -1 : a.orderedOn > b.orderedOn ? 1 : 0));
}

/** When an invoice issued on `issuedOn` falls due: an agreed date on the job, else its terms. */
export function defaultDueOn(job: Pick<Job, 'dueOn' | 'termsNetDays'>, issuedOn: Day): Day {
  if (job.dueOn !== null && job.dueOn >= issuedOn) return job.dueOn;
  return addDays(issuedOn, job.termsNetDays);
}

export type InvoiceDateErrors = Partial<Record<'issuedOn' | 'dueOn', string>>;

/** The dates as typed, checked at their fields: real days, due no earlier than issued. */
export function checkInvoiceDates(issuedOn: string, dueOn: string): InvoiceDateErrors {
  const errors: InvoiceDateErrors = {};
  const missing = (text: string) => (text.trim() === '' ? 'required' : 'invalid_day');
  if (!isDay(issuedOn)) errors.issuedOn = missing(issuedOn);
  if (!isDay(dueOn)) errors.dueOn = missing(dueOn);
  else if (isDay(issuedOn) && dueOn < issuedOn) errors.dueOn = 'before_issued';
  return errors;
}
