/**
 * A client's invoices as the payer model reads them: each billed job that fell due by `asOf`, when
 * it was settled and how many days late. Money counts on the day the client SENT it: a cheque in
 * the post is not the client's lateness. (jobBalances counts a payment from the day it was
 * received, which is right for what is owed but would charge the post's delay to the client, so
 * its settledOn and daysLate are not used here.)
 */
import { daysBetween, type Day } from '../../dates';
import type { Id, Job } from '../../records';
import { linesTotal } from '../../records/job-lines';
import { isLive } from '../../records/live';
import { billedOn, isBilledBy } from '../billable';
import { dueDate } from '../due-date';
import type { MoneyRecords } from '../job-balance';

export interface PayerInvoice {
  jobId: Id;
  /** The day the job was billed (invoiced, else done, else ordered). */
  billedOn: Day;
  dueOn: Day;
  /** The day payments sent and credits first covered the bill; null while they do not. */
  settledOn: Day | null;
  /**
   * The day the client's part was done: the settling payment's day sent; for a bill a credit
   * closed, the client's last payment before it, or the credit's day when they paid nothing
   * (credited in full). Null while unsettled.
   */
  paidOn: Day | null;
  /** Days after the due date it was paid (settled) or has been unpaid so far (not settled); ≥ 0. */
  daysLate: number;
  stillOverdue: boolean;
}

interface Event {
  id: Id;
  on: Day;
  amount: number;
  kind: 'payment' | 'credit' | 'write_off';
  currency: string;
}

const byDayThenId = (a: Event, b: Event) =>
  a.on !== b.on ? (a.on < b.on ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** What moved against each job by `asOf`, in date order: one pass over the client's records. */
function eventsByJob(money: MoneyRecords, asOf: Day): Map<Id, Event[]> {
  const byJob = new Map<Id, Event[]>();
  const add = (jobId: Id, event: Event) => {
    const list = byJob.get(jobId);
    if (list) list.push(event);
    else byJob.set(jobId, [event]);
  };
  for (const p of money.payments) {
    if (!isLive(p) || p.direction !== 'client_to_me' || p.sentOn > asOf) continue;
    for (const a of p.allocations) {
      add(a.jobId, {
        id: p.id,
        on: p.sentOn,
        amount: a.amount,
        kind: 'payment',
        currency: p.currency,
      });
    }
  }
  for (const c of money.credits) {
    // A waived late fee is not part of the bill (as in jobBalances).
    if (!isLive(c) || c.jobId === null || c.on > asOf || c.reason === 'late_fee_waived') continue;
    add(c.jobId, { id: c.id, on: c.on, amount: c.amount, kind: 'credit', currency: c.currency });
  }
  for (const w of money.writeOffs) {
    if (!isLive(w) || w.on > asOf) continue;
    add(w.jobId, { id: w.id, on: w.on, amount: w.amount, kind: 'write_off', currency: w.currency });
  }
  for (const list of byJob.values()) list.sort(byDayThenId);
  return byJob;
}

/**
 * The invoice of one job, or null when it does not count: not billed or not yet due by `asOf`,
 * cancelled (never billed), or closed by a write-off (bad debt is counted apart, not as lateness).
 */
function invoiceOf(job: Job, events: readonly Event[], asOf: Day): PayerInvoice | null {
  if (!isLive(job) || !isBilledBy(job, asOf)) return null;
  const billed = linesTotal(job.lines);
  const due = dueDate(job);
  if (billed <= 0 || due === null || due > asOf) return null;
  let total = 0;
  let lastPayment: Day | null = null;
  for (const event of events) {
    // Money counts toward a bill only in the bill's own currency, as in jobBalances.
    if (event.currency !== job.currency) continue;
    total += event.amount;
    if (event.kind === 'payment') lastPayment = event.on;
    if (total < billed) continue;
    if (event.kind === 'write_off') return null;
    const paidOn = event.kind === 'credit' && lastPayment !== null ? lastPayment : event.on;
    return {
      jobId: job.id,
      billedOn: billedOn(job),
      dueOn: due,
      settledOn: event.on,
      paidOn,
      daysLate: Math.max(0, daysBetween(due, paidOn)),
      stillOverdue: false,
    };
  }
  const daysLate = Math.max(0, daysBetween(due, asOf));
  return {
    jobId: job.id,
    billedOn: billedOn(job),
    dueOn: due,
    settledOn: null,
    paidOn: null,
    daysLate,
    stillOverdue: daysLate > 0,
  };
}

/** The client's invoices that fell due by `asOf`, oldest due first (ties by job, for a stable order). */
export function payerInvoices(
  jobs: readonly Job[],
  money: MoneyRecords,
  asOf: Day,
): PayerInvoice[] {
  const events = eventsByJob(money, asOf);
  const rows: PayerInvoice[] = [];
  for (const job of jobs) {
    const row = invoiceOf(job, events.get(job.id) ?? [], asOf);
    if (row !== null) rows.push(row);
  }
  return rows.sort((a, b) =>
    a.dueOn !== b.dueOn
      ? a.dueOn < b.dueOn
        ? -1
        : 1
      : a.jobId < b.jobId
        ? -1
        : a.jobId > b.jobId
          ? 1
          : 0,
  );
}
