/**
 * The facts about one client that the worksheets weigh: how long we have known them, what they were
 * billed and paid, what they were let off (credits) and what was written off (bad debt) kept apart,
 * what is in dispute, their credit with us and how their promises went. How late they pay is the
 * payer model's (payer/), beyond the owner's grace days; the old punctuality fields below remain
 * only while the worksheet templates read them.
 * Money stays in Totals per currency; currencies with nothing in them are left out, so an empty
 * `outstanding` means nothing is owed.
 */
import { addMonths, dayOf, daysBetween, wholeMonthsBetween, type Day } from '../dates';
import { addToTotals, type Totals } from '../money';
import type { Job, Party, PromiseToPay } from '../records';
import { isLive } from '../records/live';
import { isBilledBy } from './billable';
import { clientCredit, type ClientCredit } from './client-credit';
import { jobBalances, type JobBalance, type MoneyRecords } from './job-balance';
import { promiseCounts, type PromiseCounts } from './promises';
import { jobsOfClient, moneyOfParty, promisesOfParty } from './records-of-party';

/** What the figures about a client read besides their jobs: the money records and the promises. */
export interface ClientRecords extends MoneyRecords {
  promises: readonly PromiseToPay[];
}

export interface ClientFigures {
  /** When the relationship began: as recorded, else their first order, else when we entered them. */
  since: Day;
  tenureDays: number;
  tenureMonths: number;
  /** Billed jobs (by `asOf`), whatever became of their bills. */
  jobCount: number;
  billed: Totals;
  /** Let off by credits against their jobs (goodwill, a settled dispute, a correction). */
  credited: Totals;
  /** Written off as bad debt: never goodwill, never mixed with credits. */
  writtenOff: Totals;
  /** Received toward their jobs. */
  paid: Totals;
  /** Sent toward their jobs but not received yet (a cheque in the mail). */
  sent: Totals;
  outstanding: Totals;
  /** Of what is outstanding, the part an open dispute questions. */
  inDispute: Totals;
  /** Money of theirs not on any job, and credits on their account. */
  credit: ClientCredit;
  promises: PromiseCounts;
  settledCount: number;
  /*
   * The old lateness figures (from the day money was received, with no grace). The screens read
   * the payer model (payer/client-lateness.ts) instead; only the worksheet templates still read
   * these, and they go once the templates read the payer model too.
   */
  /** Share of settled jobs settled by their due date; null before any job is settled. */
  onTimeRate: number | null;
  averageDaysLate: number | null;
  /** The longest wait: days late of a settled job or days overdue of an unsettled one. */
  worstDaysLate: number;
  /** Jobs due in the 12 months up to `asOf` that were paid late or are overdue. */
  lateCount12m: number;
  overdueCount: number;
}

function addNonZero(totals: Totals, balance: JobBalance, amount: number) {
  if (amount !== 0) addToTotals(totals, balance.currency, amount);
}

function relationshipStart(client: Party, jobs: readonly Job[]): Day {
  if (client.relationshipStart !== null) return client.relationshipStart;
  const firstOrder = jobs.map((j) => j.orderedOn).sort()[0];
  return firstOrder ?? dayOf(new Date(client.createdAt));
}

/** Late or overdue now: a job still owing counts before it is settled, not only after. */
function wasLate(balance: JobBalance): boolean {
  return (balance.daysLate ?? 0) > 0 || balance.daysOverdue > 0;
}

export function clientFigures(
  client: Party,
  jobs: readonly Job[],
  records: ClientRecords,
  asOf: Day,
): ClientFigures {
  const ownJobs = jobsOfClient(jobs, client.id);
  const theirJobs = ownJobs.filter(isLive);
  const money = moneyOfParty(records, client.id);
  const balances = [...jobBalances(ownJobs, money, asOf).values()];
  const since = relationshipStart(client, theirJobs);

  const billed: Totals = {};
  const credited: Totals = {};
  const writtenOff: Totals = {};
  const paid: Totals = {};
  const sent: Totals = {};
  const outstanding: Totals = {};
  const inDispute: Totals = {};
  for (const b of balances) {
    addNonZero(billed, b, b.billed);
    addNonZero(credited, b, b.credited);
    addNonZero(writtenOff, b, b.writtenOff);
    addNonZero(paid, b, b.paid);
    addNonZero(sent, b, b.sent);
    addNonZero(outstanding, b, b.outstanding);
    addNonZero(inDispute, b, b.inDispute);
  }

  const daysLate = balances.flatMap((b) => (b.daysLate === null ? [] : [b.daysLate]));
  const onTimeCount = daysLate.filter((d) => d === 0).length;
  const yearAgo = addMonths(asOf, -12);

  return {
    since,
    tenureDays: Math.max(0, daysBetween(since, asOf)),
    tenureMonths: wholeMonthsBetween(since, asOf),
    jobCount: theirJobs.filter((j) => isBilledBy(j, asOf)).length,
    billed,
    credited,
    writtenOff,
    paid,
    sent,
    outstanding,
    inDispute,
    credit: clientCredit(client.id, money, asOf),
    promises: promiseCounts(
      client.id,
      promisesOfParty(records.promises, client.id),
      money.payments,
      asOf,
    ),
    settledCount: daysLate.length,
    onTimeRate: daysLate.length === 0 ? null : onTimeCount / daysLate.length,
    averageDaysLate:
      daysLate.length === 0 ? null : daysLate.reduce((s, d) => s + d, 0) / daysLate.length,
    worstDaysLate: Math.max(0, ...balances.map((b) => b.daysLate ?? b.daysOverdue)),
    lateCount12m: balances.filter(
      (b) => b.fallsDueOn !== null && b.fallsDueOn > yearAgo && b.fallsDueOn <= asOf && wasLate(b),
    ).length,
    overdueCount: balances.filter((b) => b.daysOverdue > 0).length,
  };
}
