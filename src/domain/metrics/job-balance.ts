/**
 * What each job is owed and how it was paid, as things stood on a given day. Money counts toward a
 * job only through a payment's allocation to it, and only in the job's own currency: a payment in
 * another currency cannot be added to the bill without an exchange rate we do not have.
 */
import { daysBetween, type Day } from '../dates';
import type { Currency } from '../money';
import type { Id, Job, Payment } from '../records';
import { isLive } from '../records/live';
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

/** What a job has been paid, gathered from the payments before its balance is worked out. */
interface Tally {
  job: Job;
  receipts: Receipt[];
  sent: number;
  refunded: number;
}

function balanceOf({ job, receipts, sent, refunded }: Tally, asOf: Day): JobBalance {
  // Each job's few receipts are put in date order here: sorting every payment at once was most
  // of the time on a large ledger.
  receipts.sort(byDayThenId);
  const billed = isBilledBy(job, asOf) ? job.amount : 0;
  let paid = 0;
  for (const r of receipts) paid += r.amount;
  const unpaid = Math.max(0, billed - paid);
  const writtenOff = job.status === 'written_off' ? unpaid : 0;
  const outstanding = job.status === 'written_off' ? 0 : unpaid;
  const dueOn = dueDate(job);
  const settledOn = settlementDay(receipts, billed);
  const daysLate =
    settledOn === null ? null : dueOn === null ? 0 : Math.max(0, daysBetween(dueOn, settledOn));
  const daysOverdue =
    settledOn === null && outstanding > 0 && dueOn !== null
      ? Math.max(0, daysBetween(dueOn, asOf))
      : 0;
  return {
    jobId: job.id,
    clientId: job.clientId,
    currency: job.currency,
    billed,
    paid,
    sent,
    refunded,
    writtenOff,
    outstanding,
    dueOn,
    settledOn,
    daysLate,
    daysOverdue,
  };
}

function computeBalances(
  jobs: readonly Job[],
  payments: readonly Payment[],
  asOf: Day,
): Map<Id, JobBalance> {
  // One tally per job, so each allocation costs one lookup: on a ten-year ledger the map lookups
  // were the rest of the time.
  const tallies = new Map<Id, Tally>();
  for (const job of jobs) {
    if (isLive(job)) tallies.set(job.id, { job, receipts: [], sent: 0, refunded: 0 });
  }
  for (const payment of payments) {
    if (!isLive(payment) || payment.paidOn > asOf) continue;
    for (const allocation of payment.allocations) {
      const tally = tallies.get(allocation.jobId);
      if (tally === undefined || tally.job.currency !== payment.currency) continue;
      if (payment.direction === 'client_to_me') {
        if (payment.state === 'received') {
          tally.receipts.push({
            id: payment.id,
            paidOn: payment.paidOn,
            amount: allocation.amount,
          });
        } else {
          tally.sent += allocation.amount;
        }
      } else if (payment.direction === 'me_to_client') {
        tally.refunded += allocation.amount;
      }
    }
  }
  const balances = new Map<Id, JobBalance>();
  for (const [id, tally] of tallies) balances.set(id, balanceOf(tally, asOf));
  return balances;
}

/**
 * The last few answers per pair of record lists. The screens hand every section the same arrays
 * until the records change (a live query gives new arrays then), so however many sections ask,
 * each change works the balances out once per day asked about. Keyed weakly: a replaced ledger's
 * answers go with it.
 */
const remembered = new WeakMap<readonly Job[], WeakMap<readonly Payment[], Map<Day, Balances>>>();
const DAYS_REMEMBERED = 4;

export type Balances = ReadonlyMap<Id, Readonly<JobBalance>>;

/**
 * Balances of every live job as of `asOf`: payments dated after it and jobs billed after it are left
 * out, so the same records give the same answer for a past day whenever it is asked. The answer is
 * shared between callers passing the same arrays, so it is read-only.
 */
export function jobBalances(
  jobs: readonly Job[],
  payments: readonly Payment[],
  asOf: Day,
): Balances {
  let byPayments = remembered.get(jobs);
  if (!byPayments) remembered.set(jobs, (byPayments = new WeakMap()));
  let byDay = byPayments.get(payments);
  if (!byDay) byPayments.set(payments, (byDay = new Map()));
  let balances = byDay.get(asOf);
  if (!balances) {
    balances = computeBalances(jobs, payments, asOf);
    if (byDay.size >= DAYS_REMEMBERED) byDay.delete(byDay.keys().next().value!);
    byDay.set(asOf, balances);
  }
  return balances;
}
