/** The records every insight reads, and small helpers shared by them. */
import type { Currency, Totals } from '../money';
import type { ClientRecords } from '../metrics';
import type { Contact, Id, Job, Party, Worksheet } from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';

export { groupBy } from '../group-by';

/**
 * The records the insights read. It holds the payments, credits, write-offs, disputes and promises,
 * so the ledger itself is passed wherever money records are asked for.
 */
export interface InsightLedger extends ClientRecords {
  parties: readonly Party[];
  jobs: readonly Job[];
  contacts: readonly Contact[];
  /** Decided worksheets add the credits they gave; optional until the worksheets are stored. */
  worksheets?: readonly Worksheet[];
}

export function namesOf(parties: readonly Party[]): Map<Id, string> {
  return new Map(parties.filter(isLive).map((p) => [p.id, p.name]));
}

export function isEmpty(totals: Totals): boolean {
  return Object.values(totals).every((v) => v === 0);
}

/** For ordering only: the amount in one currency, else the largest of any. */
export function sizeOf(totals: Totals, currency: Currency): number {
  return totals[currency] ?? Math.max(0, ...Object.values(totals));
}

/** What the live jobs bill, per currency (whatever their status): what mainCurrency weighs. */
export function billedByCurrency(jobs: readonly Job[]): Totals {
  const billed: Totals = {};
  for (const job of jobs) {
    if (isLive(job)) billed[job.currency] = (billed[job.currency] ?? 0) + linesTotal(job.lines);
  }
  return billed;
}

/** The currency billed most, ties by code; `fallback` when nothing is billed. */
export function topCurrency(billed: Totals, fallback: Currency): Currency {
  const top = Object.entries(billed).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return top ? top[0] : fallback;
}

/**
 * The currency most of the work was billed in, so a chart that can show one currency shows the one
 * that matters; `fallback` (the owner's default) when nothing is billed yet.
 */
export function mainCurrency(jobs: readonly Job[], fallback: Currency): Currency {
  return topCurrency(billedByCurrency(jobs), fallback);
}
