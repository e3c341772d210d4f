/**
 * What each job is owed and how it was settled, as things stood on a given day. What a job owes
 * is what it billed less its credits, its write-offs and the payments allocated to it. Money
 * counts toward a job only in the job's own currency: a payment in another currency cannot be
 * added to the bill without an exchange rate we do not have.
 *
 * A payment counts from the day it was received; one sent but not yet received (a cheque in the
 * mail) is shown apart and settles nothing. Money paid back to the client is shown apart too: a
 * refund or a goodwill payment does not change what the bill was owed.
 */
import { daysBetween, type Day } from '../dates';
import type { Currency } from '../money';
import type { Credit, Dispute, Id, Job, Payment, WriteOff } from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';
import { isBilledBy } from './billable';
import { dueDate } from './due-date';

/** The records that move money against jobs; every ledger the figures read holds them. */
export interface MoneyRecords {
  payments: readonly Payment[];
  credits: readonly Credit[];
  writeOffs: readonly WriteOff[];
  disputes: readonly Dispute[];
}

export const noMoneyRecords: MoneyRecords = {
  payments: [],
  credits: [],
  writeOffs: [],
  disputes: [],
};

/** What closed a job's bill: the last payment, credit or write-off that brought it to nothing owed. */
export type SettledBy = 'payment' | 'credit' | 'write_off';

export interface JobBalance {
  jobId: Id;
  clientId: Id;
  currency: Currency;
  /** The sum of the job's lines once it is billed (by `asOf`), else 0. */
  billed: number;
  /** Let off by credits against this job (not late-fee waivers, which are not part of the bill). */
  credited: number;
  /** Written off as bad debt. */
  writtenOff: number;
  /** Received from the client toward this job. */
  paid: number;
  /** On its way (a cheque in the mail): shown, but settles nothing. */
  sent: number;
  /** Given back to the client against this job: a refund. */
  refunded: number;
  /** Paid to the client against this job to keep their trust: goodwill. */
  paidToClient: number;
  /** The deposit the job asked for, and what deposit payments received brought in. */
  depositAsked: number;
  depositPaid: number;
  /** Billed less credits, write-offs and payments; never below 0. */
  outstanding: number;
  /** Of what is outstanding, the part an open dispute questions. */
  inDispute: number;
  /** When the job's bill falls due; null once nothing is owed, or before it is billed. */
  dueOn: Day | null;
  /**
   * When the bill fell or falls due, whether or not it is settled since; null before it is billed.
   * The lateness figures order and window jobs by it.
   */
  fallsDueOn: Day | null;
  /** The day credits, write-offs and receipts first covered the bill; null while they do not. */
  settledOn: Day | null;
  settledBy: SettledBy | null;
  /**
   * For a job settled by a payment, days past due when it was settled (0 when on time). For one
   * closed by a credit, days past due of the client's last payment before it (0 when they paid
   * their part on time or had nothing left to pay): the client's punctuality is in what they paid,
   * and the day the owner settled a dispute is not theirs. Null when unsettled, or when written
   * off (bad debt is not a late payment).
   */
  daysLate: number | null;
  /** For an unsettled job still owing, days past due as of `asOf`; else 0. */
  daysOverdue: number;
}

interface Event {
  id: Id;
  on: Day;
  amount: number;
  kind: SettledBy;
}

function byDayThenId(a: Event, b: Event): number {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Walks the events in date order to find the one that brought the total up to the bill. */
function settlement(events: readonly Event[], billed: number): Event | null {
  if (billed <= 0) return null;
  let total = 0;
  for (const event of events) {
    total += event.amount;
    if (total >= billed) return event;
  }
  return null;
}

/** The day of the last payment in `events` (in date order) up to and including `until`. */
function lastPaymentBefore(events: readonly Event[], until: Event): Day | null {
  let day: Day | null = null;
  for (const event of events) {
    if (event.kind === 'payment') day = event.on;
    if (event === until) break;
  }
  return day;
}

/** What moved against a job, gathered before its balance is worked out. */
interface Tally {
  job: Job;
  events: Event[];
  credited: number;
  writtenOff: number;
  paid: number;
  sent: number;
  refunded: number;
  paidToClient: number;
  depositPaid: number;
  disputed: number;
}

function balanceOf(tally: Tally, asOf: Day): JobBalance {
  const { job } = tally;
  // Each job's few events are put in date order here: sorting every payment at once was most
  // of the time on a large ledger.
  tally.events.sort(byDayThenId);
  const billed = isBilledBy(job, asOf) ? linesTotal(job.lines) : 0;
  const outstanding = Math.max(0, billed - tally.credited - tally.writtenOff - tally.paid);
  const settled = settlement(tally.events, billed);
  const due = dueDate(job);
  const paidOn = settled?.kind === 'credit' ? lastPaymentBefore(tally.events, settled) : null;
  const lateFrom = settled?.kind === 'credit' ? paidOn : (settled?.on ?? null);
  const daysLate =
    settled === null || settled.kind === 'write_off'
      ? null
      : due === null || lateFrom === null
        ? 0
        : Math.max(0, daysBetween(due, lateFrom));
  const daysOverdue =
    settled === null && outstanding > 0 && due !== null ? Math.max(0, daysBetween(due, asOf)) : 0;
  return {
    jobId: job.id,
    clientId: job.clientId,
    currency: job.currency,
    billed,
    credited: tally.credited,
    writtenOff: tally.writtenOff,
    paid: tally.paid,
    sent: tally.sent,
    refunded: tally.refunded,
    paidToClient: tally.paidToClient,
    depositAsked: job.depositAsked,
    depositPaid: tally.depositPaid,
    outstanding,
    inDispute: Math.min(outstanding, tally.disputed),
    dueOn: billed > 0 && outstanding > 0 ? due : null,
    fallsDueOn: billed > 0 ? due : null,
    settledOn: settled?.on ?? null,
    settledBy: settled?.kind ?? null,
    daysLate,
    daysOverdue,
  };
}

/** When money from the client counts: once received; before that it is only on its way. */
function tallyPayment(tallies: Map<Id, Tally>, payment: Payment, asOf: Day) {
  if (!isLive(payment) || payment.sentOn > asOf) return;
  const received = payment.receivedOn !== null && payment.receivedOn <= asOf;
  for (const allocation of payment.allocations) {
    const tally = tallies.get(allocation.jobId);
    if (tally === undefined || tally.job.currency !== payment.currency) continue;
    if (payment.direction === 'client_to_me') {
      if (received) {
        tally.paid += allocation.amount;
        tally.events.push({
          id: payment.id,
          on: payment.receivedOn!,
          amount: allocation.amount,
          kind: 'payment',
        });
        if (payment.purpose === 'deposit') tally.depositPaid += allocation.amount;
      } else {
        tally.sent += allocation.amount;
      }
    } else if (payment.direction === 'me_to_client') {
      if (payment.purpose === 'goodwill') tally.paidToClient += allocation.amount;
      else tally.refunded += allocation.amount;
    }
  }
}

function computeBalances(jobs: readonly Job[], money: MoneyRecords, asOf: Day): Balances {
  // One tally per job, so each allocation costs one lookup: on a ten-year ledger the map lookups
  // were the rest of the time.
  const tallies = new Map<Id, Tally>();
  for (const job of jobs) {
    if (!isLive(job)) continue;
    tallies.set(job.id, {
      job,
      events: [],
      credited: 0,
      writtenOff: 0,
      paid: 0,
      sent: 0,
      refunded: 0,
      paidToClient: 0,
      depositPaid: 0,
      disputed: 0,
    });
  }
  for (const payment of money.payments) tallyPayment(tallies, payment, asOf);
  for (const credit of money.credits) {
    if (!isLive(credit) || credit.jobId === null || credit.on > asOf) continue;
    if (credit.reason === 'late_fee_waived') continue;
    const tally = tallies.get(credit.jobId);
    if (tally === undefined || tally.job.currency !== credit.currency) continue;
    tally.credited += credit.amount;
    tally.events.push({ id: credit.id, on: credit.on, amount: credit.amount, kind: 'credit' });
  }
  for (const writeOff of money.writeOffs) {
    if (!isLive(writeOff) || writeOff.on > asOf) continue;
    const tally = tallies.get(writeOff.jobId);
    if (tally === undefined || tally.job.currency !== writeOff.currency) continue;
    tally.writtenOff += writeOff.amount;
    tally.events.push({
      id: writeOff.id,
      on: writeOff.on,
      amount: writeOff.amount,
      kind: 'write_off',
    });
  }
  for (const dispute of money.disputes) {
    if (!isLive(dispute) || !isOpenOn(dispute, asOf)) continue;
    const tally = tallies.get(dispute.jobId);
    if (tally !== undefined) tally.disputed += dispute.amount;
  }
  const balances = new Map<Id, JobBalance>();
  for (const [id, tally] of tallies) balances.set(id, balanceOf(tally, asOf));
  return balances;
}

/** Whether a dispute was raised by `asOf` and not yet resolved on it. */
export function isOpenOn(dispute: Dispute, asOf: Day): boolean {
  return dispute.raisedOn <= asOf && (dispute.resolvedOn === null || dispute.resolvedOn > asOf);
}

export type Balances = ReadonlyMap<Id, Readonly<JobBalance>>;

/**
 * The last few answers per set of record lists. The screens hand every section the same arrays
 * until the records change (a live query gives new arrays then), so however many sections ask,
 * each change works the balances out once per day asked about. Keyed weakly: a replaced ledger's
 * answers go with it.
 */
interface Remembered {
  money: MoneyRecords;
  byDay: Map<Day, Balances>;
}
const remembered = new WeakMap<readonly Job[], WeakMap<readonly Payment[], Remembered>>();
const DAYS_REMEMBERED = 4;

function sameMoney(a: MoneyRecords, b: MoneyRecords): boolean {
  return (
    a.payments === b.payments &&
    a.credits === b.credits &&
    a.writeOffs === b.writeOffs &&
    a.disputes === b.disputes
  );
}

/**
 * Balances of every live job as of `asOf`: records dated after it and jobs billed after it are
 * left out, so the same records give the same answer for a past day whenever it is asked. The
 * answer is shared between callers passing the same arrays, so it is read-only.
 */
export function jobBalances(jobs: readonly Job[], money: MoneyRecords, asOf: Day): Balances {
  let byPayments = remembered.get(jobs);
  if (!byPayments) remembered.set(jobs, (byPayments = new WeakMap()));
  let entry = byPayments.get(money.payments);
  if (!entry || !sameMoney(entry.money, money)) {
    byPayments.set(money.payments, (entry = { money, byDay: new Map() }));
  }
  let balances = entry.byDay.get(asOf);
  if (!balances) {
    balances = computeBalances(jobs, money, asOf);
    if (entry.byDay.size >= DAYS_REMEMBERED) entry.byDay.delete(entry.byDay.keys().next().value!);
    entry.byDay.set(asOf, balances);
  }
  return balances;
}
