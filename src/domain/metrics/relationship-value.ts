/**
 * What keeping a client is likely worth over the next twelve months, and how sure that is.
 *
 * Their own pace is read from what they were billed in the last twelve months, leaving out the jobs
 * being decided (the money in dispute never counts toward the value weighed against it) and what
 * was written off. A short record is not extrapolated: it is shrunk toward a modest prior by a
 * credibility weight z = months / (months + K), so two months of one job cannot read as a year of
 * that pace. Work ordered and not yet billed is added as booked. Referral revenue is returned apart
 * and added once into `total`.
 */
import { addMonths, daysBetween, wholeMonthsBetween, type Day } from '../dates';
import type { Currency } from '../money';
import type { Contact, Id, Job, Party, WriteOff } from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';
import { billedOn, isBilledBy } from './billable';
import { referralsBy } from './referrals';
import { jobsOfClient } from './records-of-party';

/** The records the value reads; the worksheets' and the insights' ledgers both hold them. */
export interface ValueLedger {
  parties: readonly Party[];
  jobs: readonly Job[];
  contacts: readonly Contact[];
  writeOffs: readonly WriteOff[];
}

export interface RelationshipValueOptions {
  /** The jobs being decided: their money is never part of the value that weighs against it. */
  excludeJobIds?: readonly Id[];
  /** When the relationship began (the client figures' `since`). */
  since: Day;
}

export type ValueConfidence = 'low' | 'medium' | 'high';

/**
 * Where the prior came from: the first-year billing of other clients with a year of history
 * (`peers`), one typical job of the owner's other clients a year (`typical_job`), or nothing to go
 * on (`none`, a prior of 0: only their own record counts, shrunk).
 */
export type PriorSource = 'peers' | 'typical_job' | 'none';

export interface RelationshipValue {
  currency: Currency;
  /** Their own likely business over the next twelve months: expected billing plus booked work. */
  value: number;
  /** weight × observedPace + (1 − weight) × prior. */
  expectedBilling: number;
  /** Ordered and not billed yet (the excluded jobs left out). */
  booked: number;
  /** Billed in the last twelve months (since the relationship began), excluded and written off out. */
  billedInWindow: number;
  /** Months since the relationship began, to one decimal. */
  monthsObserved: number;
  /** The billed jobs behind `billedInWindow`. */
  invoicesCounted: number;
  /** `billedInWindow` at a yearly rate, over the months of the window (at least one). */
  observedPace: number;
  prior: number;
  priorSource: PriorSource;
  /** How many clients (peers) or jobs (typical job) the prior was taken from. */
  priorBasis: number;
  /** The credibility weight z given to their own pace, 0 to 1, to two decimals. */
  weight: number;
  confidence: ValueConfidence;
  /** What the people they referred were billed in the same twelve months, counted once. */
  referralRevenue: number;
  /** value + referralRevenue: what the worksheets weigh. */
  total: number;
}

/** Months of record that count as much as the prior: z = 1/2 at six months, 2/3 at a year. */
export const CREDIBILITY_MONTHS = 6;
/** A median of fewer clients than this is one client's story, not a typical client's. */
export const MIN_PEERS = 3;
/** A pace is not read over less than a month: a job in the first week is not 52 jobs a year. */
const MIN_PACE_MONTHS = 1;
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * How sure the figure is, from the length of the record and the bills in the window: `high` from
 * two years and four bills in the last twelve months (z ≥ 0.8, a pace seen several times); `medium`
 * from six months and two bills (z ≥ 0.5, their own record weighs at least as much as the prior);
 * `low` below that.
 */
export const CONFIDENCE_RULES = {
  high: { months: 24, invoices: 4 },
  medium: { months: 6, invoices: 2 },
} as const;

export function valueConfidence(monthsObserved: number, invoicesCounted: number): ValueConfidence {
  for (const level of ['high', 'medium'] as const) {
    const rule = CONFIDENCE_RULES[level];
    if (monthsObserved >= rule.months && invoicesCounted >= rule.invoices) return level;
  }
  return 'low';
}

/** Calendar months from `from` to `to`, the part month counted in days; 0 when `to` is earlier. */
function monthsBetween(from: Day, to: Day): number {
  const whole = wholeMonthsBetween(from, to);
  if (to <= from) return 0;
  return whole + daysBetween(addMonths(from, whole), to) / DAYS_PER_MONTH;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What each job was written off by `asOf`, in its own currency. */
function writtenOffByJob(writeOffs: readonly WriteOff[], asOf: Day): Map<Id, number> {
  const byJob = new Map<Id, number>();
  for (const w of writeOffs) {
    if (isLive(w) && w.on <= asOf) byJob.set(w.jobId, (byJob.get(w.jobId) ?? 0) + w.amount);
  }
  return byJob;
}

/** A billed job's worth: its bill less what was written off; a wholly written-off job is worth 0. */
function netBilled(job: Job, writtenOff: Map<Id, number>): number {
  return Math.max(0, linesTotal(job.lines) - (writtenOff.get(job.id) ?? 0));
}

interface Prior {
  amount: number;
  source: PriorSource;
  basis: number;
}

/**
 * The prior: what we would guess a client is worth in a year knowing nothing of their own record.
 * It never reads the client's own jobs (their record is the evidence it is weighed against, and a
 * prior taken from it could fall as they were billed more).
 *
 * With at least MIN_PEERS other clients billed in this currency for a year or more: the median of
 * what they were billed in their first twelve months. That is modest by construction: it counts the
 * one-off clients who never came back, and a first year before a client grows. It is capped at the
 * median yearly billing of those still active, so a shrinking business never presumes a newcomer
 * worth more than a typical current client.
 *
 * Otherwise, one typical job a year: the median job of the owner's other clients in this currency.
 * With no other client billed in it, 0.
 */
function priorValue(
  clientId: Id,
  ledger: ValueLedger,
  asOf: Day,
  currency: Currency,
  excluded: ReadonlySet<Id>,
  writtenOff: Map<Id, number>,
): Prior {
  const yearAgo = addMonths(asOf, -12);
  const byClient = new Map<Id, { on: Day; amount: number }[]>();
  const clients = new Set(
    ledger.parties.filter((p) => isLive(p) && p.kind === 'client').map((p) => p.id),
  );
  for (const job of ledger.jobs) {
    if (job.clientId === clientId || !clients.has(job.clientId)) continue;
    if (!isLive(job) || job.currency !== currency || excluded.has(job.id)) continue;
    if (!isBilledBy(job, asOf)) continue;
    const amount = netBilled(job, writtenOff);
    if (amount === 0) continue;
    const list = byClient.get(job.clientId) ?? [];
    list.push({ on: billedOn(job), amount });
    byClient.set(job.clientId, list);
  }
  const firstYears: number[] = [];
  const activeYears: number[] = [];
  const jobAmounts: number[] = [];
  for (const bills of byClient.values()) {
    for (const bill of bills) jobAmounts.push(bill.amount);
    const first = bills.reduce((day, bill) => (bill.on < day ? bill.on : day), bills[0]!.on);
    if (first > yearAgo) continue;
    const firstYearEnd = addMonths(first, 12);
    let firstYear = 0;
    let lastYear = 0;
    for (const bill of bills) {
      if (bill.on < firstYearEnd) firstYear += bill.amount;
      if (bill.on > yearAgo) lastYear += bill.amount;
    }
    firstYears.push(firstYear);
    if (lastYear > 0) activeYears.push(lastYear);
  }
  if (firstYears.length >= MIN_PEERS) {
    const typicalStart = median(firstYears);
    const cap = activeYears.length > 0 ? median(activeYears) : typicalStart;
    return {
      amount: Math.round(Math.min(typicalStart, cap)),
      source: 'peers',
      basis: firstYears.length,
    };
  }
  if (jobAmounts.length > 0) {
    return {
      amount: Math.round(median(jobAmounts)),
      source: 'typical_job',
      basis: jobAmounts.length,
    };
  }
  return { amount: 0, source: 'none', basis: 0 };
}

export function relationshipValue(
  clientId: Id,
  ledger: ValueLedger,
  asOf: Day,
  currency: Currency,
  options: RelationshipValueOptions,
): RelationshipValue {
  const excluded = new Set(options.excludeJobIds ?? []);
  const writtenOff = writtenOffByJob(ledger.writeOffs, asOf);
  const yearAgo = addMonths(asOf, -12);
  const monthsObserved = monthsBetween(options.since, asOf);
  const paceMonths = Math.max(MIN_PACE_MONTHS, Math.min(12, monthsObserved));

  let billedInWindow = 0;
  let invoicesCounted = 0;
  let booked = 0;
  for (const job of jobsOfClient(ledger.jobs, clientId)) {
    if (!isLive(job) || job.currency !== currency || excluded.has(job.id)) continue;
    if (job.status === 'cancelled' || job.orderedOn > asOf) continue;
    if (!isBilledBy(job, asOf)) {
      booked += linesTotal(job.lines);
      continue;
    }
    const on = billedOn(job);
    const amount = netBilled(job, writtenOff);
    if (on > yearAgo && on >= options.since && amount > 0) {
      billedInWindow += amount;
      invoicesCounted += 1;
    }
  }

  const prior = priorValue(clientId, ledger, asOf, currency, excluded, writtenOff);
  const weight = monthsObserved / (monthsObserved + CREDIBILITY_MONTHS);
  const pace = (billedInWindow / paceMonths) * 12;
  const expectedBilling = Math.round(weight * pace + (1 - weight) * prior.amount);
  const value = expectedBilling + booked;

  const referrals = referralsBy(clientId, ledger.parties, ledger.jobs, ledger.contacts, asOf);
  let referralRevenue = 0;
  for (const id of referrals.partyIds) {
    for (const job of jobsOfClient(ledger.jobs, id)) {
      if (!isLive(job) || job.currency !== currency || excluded.has(job.id)) continue;
      if (isBilledBy(job, asOf) && billedOn(job) > yearAgo) {
        referralRevenue += netBilled(job, writtenOff);
      }
    }
  }

  return {
    currency,
    value,
    expectedBilling,
    booked,
    billedInWindow,
    monthsObserved: Math.round(monthsObserved * 10) / 10,
    invoicesCounted,
    observedPace: Math.round(pace),
    prior: prior.amount,
    priorSource: prior.source,
    priorBasis: prior.basis,
    weight: Math.round(weight * 100) / 100,
    confidence: valueConfidence(monthsObserved, invoicesCounted),
    referralRevenue,
    total: value + referralRevenue,
  };
}
