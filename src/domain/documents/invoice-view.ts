/**
 * What an invoice shows: each job's lines, the credits and write-offs against those jobs, the
 * payments received toward them, and what is still due. Only money in the invoice's currency
 * counts, as everywhere; a voided invoice is owed nothing.
 */
import { daysBetween, type Day } from '../dates';
import type { MoneyRecords } from '../metrics/job-balance';
import type { CreditReason, Id, Invoice, Job } from '../records';
import { lineTotal, linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';

export interface InvoiceLineView {
  description: string;
  quantity: number;
  unit: string;
  unitPrice: number;
  total: number;
}

export interface InvoiceJobView {
  id: Id;
  title: string;
  lines: InvoiceLineView[];
  total: number;
}

export interface InvoiceView {
  /** In the invoice's order; a job since deleted is left out. */
  jobs: InvoiceJobView[];
  totalBilled: number;
  credits: { id: Id; on: Day; jobId: Id; amount: number; reason: CreditReason }[];
  totalCredited: number;
  writtenOff: number;
  payments: { id: Id; receivedOn: Day; amount: number }[];
  totalPaid: number;
  /** Billed − credited − written off − paid, never below 0; 0 once voided. */
  amountDue: number;
  voided: boolean;
}

export function invoiceView(
  invoice: Invoice,
  allJobs: readonly Job[],
  money: MoneyRecords,
  asOf: Day,
): InvoiceView {
  const byId = new Map(allJobs.map((j) => [j.id, j]));
  const jobs: InvoiceJobView[] = [];
  for (const id of invoice.jobIds) {
    const job = byId.get(id);
    if (!job || !isLive(job) || job.currency !== invoice.currency) continue;
    jobs.push({
      id,
      title: job.title,
      lines: job.lines.map((line) => ({
        description: line.description,
        quantity: line.quantity,
        unit: line.unit,
        unitPrice: line.unitPrice,
        total: lineTotal(line),
      })),
      total: linesTotal(job.lines),
    });
  }
  const onInvoice = new Set(jobs.map((j) => j.id));
  const inCurrency = (r: { currency: string; deletedAt: string | null }) =>
    isLive(r) && r.currency === invoice.currency;

  const credits = money.credits
    .filter(
      (c) =>
        inCurrency(c) &&
        c.jobId !== null &&
        onInvoice.has(c.jobId) &&
        c.reason !== 'late_fee_waived' &&
        c.on <= asOf,
    )
    .map((c) => ({ id: c.id, on: c.on, jobId: c.jobId!, amount: c.amount, reason: c.reason }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

  let writtenOff = 0;
  for (const w of money.writeOffs) {
    if (inCurrency(w) && onInvoice.has(w.jobId) && w.on <= asOf) writtenOff += w.amount;
  }

  const payments: InvoiceView['payments'] = [];
  for (const p of money.payments) {
    if (!inCurrency(p) || p.direction !== 'client_to_me') continue;
    if (p.receivedOn === null || p.receivedOn > asOf) continue;
    const amount = p.allocations
      .filter((a) => onInvoice.has(a.jobId))
      .reduce((sum, a) => sum + a.amount, 0);
    if (amount > 0) payments.push({ id: p.id, receivedOn: p.receivedOn, amount });
  }
  payments.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0));

  const totalBilled = jobs.reduce((sum, j) => sum + j.total, 0);
  const totalCredited = credits.reduce((sum, c) => sum + c.amount, 0);
  const totalPaid = payments.reduce((sum, p) => sum + p.amount, 0);
  const voided = invoice.voidedOn !== null && invoice.voidedOn <= asOf;
  return {
    jobs,
    totalBilled,
    credits,
    totalCredited,
    writtenOff,
    payments,
    totalPaid,
    amountDue: voided ? 0 : Math.max(0, totalBilled - totalCredited - writtenOff - totalPaid),
    voided,
  };
}

/** How long after the owner's address changes the documents say so. */
export const ADDRESS_CHANGE_NOTICE_DAYS = 180;

/**
 * Whether a document dated `on` should warn that the owner's address changed: cheques sent to the
 * old address go astray, so for half a year after a move every document says so.
 */
export function addressRecentlyChanged(changedOn: Day | null, on: Day): boolean {
  return (
    changedOn !== null &&
    changedOn <= on &&
    daysBetween(changedOn, on) <= ADDRESS_CHANGE_NOTICE_DAYS
  );
}
