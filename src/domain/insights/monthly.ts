/**
 * Money billed and received month by month, and how long the jobs settled in each month took to
 * pay: the figures of the "money in" chart. One currency at a time: amounts in different
 * currencies are never added together.
 */
import { daysBetween, type Day } from '../dates';
import { billedOn, isBilledBy, jobBalances, type MoneyRecords } from '../metrics';
import type { Currency } from '../money';
import type { Job, Payment } from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';
import { firstDayOf, lastDayOf, monthOf, monthsEnding, type Month } from './months';

export interface MonthFlow {
  month: Month;
  from: Day;
  /** The month's last day, or `asOf` for the month still running. */
  to: Day;
  /** Jobs billed in the month (by their invoice day, else the day the work was done). */
  billed: number;
  /**
   * Payments from clients received in the month (by the day received: a cheque sent in November
   * and received in December counts in December), allocated or not.
   */
  received: number;
  /** Jobs whose payments first covered the bill in this month. */
  settledCount: number;
  /** Average days from billing to the day the job was paid in full; null with nothing settled. */
  averageDaysToPay: number | null;
}

export function monthlyFlow(
  jobs: readonly Job[],
  money: MoneyRecords,
  asOf: Day,
  currency: Currency,
  count = 12,
  // The payments counted as received; by default every one. A part of the ledger that holds other
  // parties' payments (to settle its jobs' balances) counts only its own.
  receivedFrom: readonly Payment[] = money.payments,
): MonthFlow[] {
  const months = monthsEnding(asOf, count);
  const rows = new Map<Month, MonthFlow & { totalDays: number }>(
    months.map((month) => {
      const last = lastDayOf(month);
      return [
        month,
        {
          month,
          from: firstDayOf(month),
          to: last < asOf ? last : asOf,
          billed: 0,
          received: 0,
          settledCount: 0,
          averageDaysToPay: null,
          totalDays: 0,
        },
      ];
    }),
  );

  const theirs = jobs.filter((j) => isLive(j) && j.currency === currency);
  for (const job of theirs) {
    if (!isBilledBy(job, asOf)) continue;
    const row = rows.get(monthOf(billedOn(job)));
    if (row) row.billed += linesTotal(job.lines);
  }
  for (const p of receivedFrom) {
    if (!isLive(p) || p.direction !== 'client_to_me' || p.receivedOn === null) continue;
    if (p.currency !== currency || p.receivedOn > asOf) continue;
    const row = rows.get(monthOf(p.receivedOn));
    if (row) row.received += p.amount;
  }
  const byId = new Map(theirs.map((j) => [j.id, j]));
  // Every job's balance, shared with the other figures; the other currencies' are skipped below.
  for (const balance of jobBalances(jobs, money, asOf).values()) {
    // A bill closed by a write-off was never paid: it is not a job settled late.
    if (balance.settledOn === null || balance.settledBy === 'write_off') continue;
    const row = rows.get(monthOf(balance.settledOn));
    const job = byId.get(balance.jobId);
    if (!row || !job) continue;
    row.settledCount += 1;
    // A deposit paid before the invoice counts as paid at once, not as negative days.
    row.totalDays += Math.max(0, daysBetween(billedOn(job), balance.settledOn));
  }
  return months.map((month) => {
    const { totalDays, ...row } = rows.get(month)!;
    return {
      ...row,
      averageDaysToPay: row.settledCount === 0 ? null : totalDays / row.settledCount,
    };
  });
}

export interface FlowTotals {
  billed: number;
  received: number;
  settledCount: number;
  /** Over every job settled in the months, not an average of the monthly averages. */
  averageDaysToPay: number | null;
  /** The month whose settled jobs took longest; null when nothing was settled. */
  slowestMonth: Month | null;
}

export function flowTotals(flow: readonly MonthFlow[]): FlowTotals {
  let billed = 0;
  let received = 0;
  let settledCount = 0;
  let totalDays = 0;
  let slowest: MonthFlow | null = null;
  for (const row of flow) {
    billed += row.billed;
    received += row.received;
    if (row.averageDaysToPay === null) continue;
    settledCount += row.settledCount;
    totalDays += row.averageDaysToPay * row.settledCount;
    if (slowest === null || row.averageDaysToPay > slowest.averageDaysToPay!) slowest = row;
  }
  return {
    billed,
    received,
    settledCount,
    averageDaysToPay: settledCount === 0 ? null : totalDays / settledCount,
    slowestMonth: slowest?.month ?? null,
  };
}
