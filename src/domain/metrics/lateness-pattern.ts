/**
 * How a client is late, not only how often: an occasional slip reads very differently from lateness
 * as a rule, and a client getting worse from one getting better. Each settled or overdue job counts
 * once, by its days late (settled) or days overdue (still owing), in the order it fell due. A job
 * written off is left out: bad debt is not a late payment, and it is counted apart.
 */
import type { Day } from '../dates';
import type { Id, Job } from '../records';
import { jobBalances, type MoneyRecords } from './job-balance';
import { jobsOfClient, moneyOfParty } from './records-of-party';

export const latenessPatterns = ['none', 'occasional', 'chronic'] as const;
export type LatenessPattern = (typeof latenessPatterns)[number];

export const latenessTrends = ['improving', 'steady', 'worsening', 'unknown'] as const;
export type LatenessTrend = (typeof latenessTrends)[number];

export interface LatenessSummary {
  /** Jobs that fell due by `asOf` and were either settled or are still owing. */
  counted: number;
  lateCount: number;
  /** Share of counted jobs that were late; null when none were counted. */
  lateShare: number | null;
  pattern: LatenessPattern;
  trend: LatenessTrend;
  /** Average days late of the earlier and the more recent half (null below four jobs). */
  earlierAverage: number | null;
  recentAverage: number | null;
}

/** Late as a rule: three or more late payments making up at least half of all. */
const CHRONIC_MIN_LATE = 3;
const CHRONIC_MIN_SHARE = 0.5;
/** A trend needs enough history to halve, and a change big enough to notice. */
const TREND_MIN_JOBS = 4;
const TREND_MIN_DAYS = 5;

function average(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function latenessPattern(
  clientId: Id,
  jobs: readonly Job[],
  money: MoneyRecords,
  asOf: Day,
  options: { exceptJobIds?: readonly Id[] } = {},
): LatenessSummary {
  const except = new Set(options.exceptJobIds ?? []);
  const theirJobs = jobsOfClient(jobs, clientId);
  const rows = [...jobBalances(theirJobs, moneyOfParty(money, clientId), asOf).values()]
    .filter((b) => !except.has(b.jobId))
    .filter((b) => b.fallsDueOn !== null && b.fallsDueOn <= asOf)
    .filter((b) => (b.settledOn !== null && b.settledBy !== 'write_off') || b.daysOverdue > 0)
    // Ties broken by job, so the halves do not depend on the order the records were read in.
    .sort((a, b) =>
      a.fallsDueOn !== b.fallsDueOn
        ? a.fallsDueOn! < b.fallsDueOn!
          ? -1
          : 1
        : a.jobId < b.jobId
          ? -1
          : 1,
    )
    .map((b) => b.daysLate ?? b.daysOverdue);

  const lateCount = rows.filter((d) => d > 0).length;
  const lateShare = rows.length === 0 ? null : lateCount / rows.length;
  const pattern: LatenessPattern =
    lateCount === 0
      ? 'none'
      : lateCount >= CHRONIC_MIN_LATE && (lateShare ?? 0) >= CHRONIC_MIN_SHARE
        ? 'chronic'
        : 'occasional';

  if (rows.length < TREND_MIN_JOBS) {
    return {
      counted: rows.length,
      lateCount,
      lateShare,
      pattern,
      trend: 'unknown',
      earlierAverage: null,
      recentAverage: null,
    };
  }
  const half = Math.floor(rows.length / 2);
  const earlierAverage = average(rows.slice(0, half));
  const recentAverage = average(rows.slice(half));
  const change = recentAverage - earlierAverage;
  const trend: LatenessTrend =
    change >= TREND_MIN_DAYS ? 'worsening' : change <= -TREND_MIN_DAYS ? 'improving' : 'steady';
  return {
    counted: rows.length,
    lateCount,
    lateShare,
    pattern,
    trend,
    earlierAverage,
    recentAverage,
  };
}
