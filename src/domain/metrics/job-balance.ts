/**
 * What each job is owed and how it was paid, as things stood on a given day. Money counts toward a
 * job only through a payment's allocation to it, and only in the job's own currency: a payment in
 * another currency cannot be added to the bill without an exchange rate we do not have.
 */
import { daysBetween, type Day } from '../dates';
import type { Currency } from '../money';
import type { Id, Job, Payment } from '../records';
import { isBilledBy } from './billable';
import { dueDate } from './due-date';

export interface JobBalance {
  jobId: Id;
  clientId: Id;
  currency: Currency;
  /** The job's amount once it is billed (by `asOf`), else 0. */
  billed: number;
  /** Received from the client toward this job. */
  paid: number;
  /** On its way (a cheque in the mail): shown, but settles nothing. */
  sent: number;
  /** Paid back to the client against this job (refunds, goodwill payments). */
  refunded: number;
  writtenOff: number;
  outstanding: number;
  dueOn: Day | null;
  /** The day the received payments first covered the bill; null while they do not. */
  settledOn: Day | null;
  /** For a settled job, days past due when it was settled (0 when on time); else null. */
  daysLate: number | null;
  /** For an unsettled job still owing, days past due as of `asOf`; else 0. */
  daysOverdue: number;
}

interface Receipt {
  id: Id;
  paidOn: Day;
  amount: number;
}

function byDayThenId(a: Receipt, b: Receipt): number {
  if (a.paidOn !== b.paidOn) return a.paidOn < b.paidOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function add(map: Map<Id, number>, key: Id, amount: number) {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** Walks the receipts in date order to find the one that brought the total up to the bill. */
function settlementDay(receipts: readonly Receipt[], billed: number): Day | null {
  if (billed <= 0) return null;
  let total = 0;
  for (const receipt of receipts) {
    total += receipt.amount;
    if (total >= billed) return receipt.paidOn;
  }
  return null;
}

/**
 * Balances of every live job as of `asOf`: payments dated after it and jobs billed after it are left
 * out, so the same records give the same answer for a past day whenever it is asked.
 */
export function jobBalances(
  jobs: readonly Job[],
  payments: readonly Payment[],
  asOf: Day,
): Map<Id, JobBalance> {
  const live = new Map(jobs.filter((j) => j.deletedAt === null).map((j) => [j.id, j]));
  const receipts = new Map<Id, Receipt[]>();
  const sent = new Map<Id, number>();
  const refunded = new Map<Id, number>();

  for (const payment of payments) {
    if (payment.deletedAt !== null || payment.paidOn > asOf) continue;
    for (const allocation of payment.allocations) {
      const job = live.get(allocation.jobId);
      if (job === undefined || job.currency !== payment.currency) continue;
      if (payment.direction === 'client_to_me') {
        if (payment.state === 'received') {
          const list = receipts.get(job.id) ?? [];
          list.push({ id: payment.id, paidOn: payment.paidOn, amount: allocation.amount });
          receipts.set(job.id, list);
        } else {
          add(sent, job.id, allocation.amount);
        }
      } else if (payment.direction === 'me_to_client') {
        add(refunded, job.id, allocation.amount);
      }
    }
  }

  const balances = new Map<Id, JobBalance>();
  for (const job of live.values()) {
    // Each job's few receipts are put in date order here: sorting every payment at once was most
    // of the time on a large ledger.
    const jobReceipts = (receipts.get(job.id) ?? []).sort(byDayThenId);
    const billed = isBilledBy(job, asOf) ? job.amount : 0;
    const paid = jobReceipts.reduce((sum, r) => sum + r.amount, 0);
    const unpaid = Math.max(0, billed - paid);
    const writtenOff = job.status === 'written_off' ? unpaid : 0;
    const outstanding = job.status === 'written_off' ? 0 : unpaid;
    const dueOn = dueDate(job);
    const settledOn = settlementDay(jobReceipts, billed);
    const daysLate =
      settledOn === null ? null : dueOn === null ? 0 : Math.max(0, daysBetween(dueOn, settledOn));
    const daysOverdue =
      settledOn === null && outstanding > 0 && dueOn !== null
        ? Math.max(0, daysBetween(dueOn, asOf))
        : 0;
    balances.set(job.id, {
      jobId: job.id,
      clientId: job.clientId,
      currency: job.currency,
      billed,
      paid,
      sent: sent.get(job.id) ?? 0,
      refunded: refunded.get(job.id) ?? 0,
      writtenOff,
      outstanding,
      dueOn,
      settledOn,
      daysLate,
      daysOverdue,
    });
  }
  return balances;
}
