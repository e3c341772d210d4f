/**
 * Days late for each of a client's bills, in the order they fell due: the figures of the
 * scorecard's chart. Every bill that has fallen due is shown, not only the payer model's window
 * (the chart is the client's history), but each is read as the payer model reads it: money counts
 * on the day it was sent, so a cheque in the post is not the client's lateness, and a bill is late
 * only beyond the owner's grace days. A bill still owing counts its days overdue so far, so a
 * client who stopped paying does not look punctual; one due today and unpaid is not history yet.
 * Bills not yet due, cancelled or closed by a write-off (bad debt, not lateness) are left out.
 */
import type { Day } from '../dates';
import { jobsOfClient, moneyOfParty, type MoneyRecords } from '../metrics';
import { payerInvoices } from '../metrics/payer/invoices';
import { daysBeyondGrace } from '../metrics/payer/lateness';
import type { Id, Job } from '../records';

export interface JobLateness {
  jobId: Id;
  title: string;
  dueOn: Day;
  /** Days after the due date it was sent, or has been unpaid so far. */
  daysLate: number;
  daysBeyondGrace: number;
  /** Beyond the grace: late by the payer model's reading; within it, not. */
  late: boolean;
  /** False while the bill is still owing: its days are counted up to `asOf`. */
  settled: boolean;
  /** The day the client's part was done (the settling money's day sent); null while owing. */
  paidOn: Day | null;
}

export function jobLatenessHistory(
  clientId: Id,
  jobs: readonly Job[],
  money: MoneyRecords,
  asOf: Day,
  graceDays: number,
): JobLateness[] {
  const theirJobs = jobsOfClient(jobs, clientId);
  const titles = new Map(theirJobs.map((j) => [j.id, j.title]));
  const rows: JobLateness[] = [];
  // Oldest due first, ties by job: the order the chart draws.
  for (const invoice of payerInvoices(theirJobs, moneyOfParty(money, clientId), asOf)) {
    const settled = invoice.paidOn !== null;
    if (!settled && !invoice.stillOverdue) continue;
    const beyond = daysBeyondGrace(invoice, graceDays);
    rows.push({
      jobId: invoice.jobId,
      title: titles.get(invoice.jobId) ?? '',
      dueOn: invoice.dueOn,
      daysLate: invoice.daysLate,
      daysBeyondGrace: beyond,
      late: beyond > 0,
      settled,
      paidOn: invoice.paidOn,
    });
  }
  return rows;
}
