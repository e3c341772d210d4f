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
 * Where the prior came from: their own bills over the whole relationship (`own_history`), or
 * nothing billed yet (`none`, a prior of 0).
 */
export type PriorSource = 'own_history' | 'none';

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
  /** How many of their bills the prior was taken from. */
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
 * The prior: what they have been worth a year over the whole relationship, counting a relationship
 * shorter than a year as a full year, so a short record is never blown up into a year's pace. It
 * reads only their own bills (the excluded ones left out), so the figure over a party's slice of the
 * ledger is the figure over the whole, and more billed history can only raise it: the value never
 * falls as a client is billed more (relationship-value.test.ts). A client with nothing billed yet
 * has a prior of 0 — only work booked counts until they have a record.
 */
function priorValue(
  theirJobs: readonly Job[],
  asOf: Day,
  currency: Currency,
  monthsObserved: number,
  excluded: ReadonlySet<Id>,
  writtenOff: Map<Id, number>,
): Prior {
  let total = 0;
  let basis = 0;
  for (const job of theirJobs) {
    if (!isLive(job) || job.currency !== currency || excluded.has(job.id)) continue;
    if (job.status === 'cancelled' || !isBilledBy(job, asOf)) continue;
    const amount = netBilled(job, writtenOff);
    if (amount === 0) continue;
    total += amount;
    basis += 1;
  }
  if (basis === 0) return { amount: 0, source: 'none', basis: 0 };
  return {
    amount: Math.round((total * 12) / Math.max(12, monthsObserved)),
    source: 'own_history',
    basis,
  };
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
  const theirJobs = jobsOfClient(ledger.jobs, clientId);
  for (const job of theirJobs) {
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

  const prior = priorValue(theirJobs, asOf, currency, monthsObserved, excluded, writtenOff);
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
