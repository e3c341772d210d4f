/**
 * What a client is likely worth over the next twelve months, at the pace they have been billed
 * lately: the last twelve months (or the whole relationship when shorter, counted as at least three
 * months so one early job is not blown up into a fortune). Work already ordered but not billed is
 * added on top, since it is as good as booked.
 */
import { addMonths, daysBetween, type Day } from '../dates';
import type { Currency } from '../money';
import type { Id, Job } from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';
import { billedOn, isBilledBy } from './billable';

export interface ProjectedValue {
  currency: Currency;
  /** Billed in the window, in this currency. */
  billedInWindow: number;
  /** How many months of history the pace is taken over (3 to 12). */
  monthsObserved: number;
  /** Open work ordered but not yet billed. */
  booked: number;
  projected: number;
}

const DAYS_PER_MONTH = 365.25 / 12;
const MIN_MONTHS = 3;

export function projectedValue(
  clientId: Id,
  jobs: readonly Job[],
  asOf: Day,
  currency: Currency,
  since: Day,
): ProjectedValue {
  const yearAgo = addMonths(asOf, -12);
  const windowStart = since > yearAgo ? since : yearAgo;
  const monthsObserved =
    since <= yearAgo
      ? 12
      : Math.min(12, Math.max(MIN_MONTHS, daysBetween(windowStart, asOf) / DAYS_PER_MONTH));
  let billedInWindow = 0;
  let booked = 0;
  for (const job of jobs) {
    if (!isLive(job) || job.clientId !== clientId || job.currency !== currency) continue;
    if (isBilledBy(job, asOf)) {
      const on = billedOn(job);
      if (on > yearAgo && on >= windowStart) billedInWindow += linesTotal(job.lines);
    } else if (job.status === 'open') {
      booked += linesTotal(job.lines);
    }
  }
  const pace = Math.round((billedInWindow / monthsObserved) * 12);
  return {
    currency,
    billedInWindow,
    monthsObserved: Math.round(monthsObserved * 10) / 10,
    booked,
    projected: pace + booked,
  };
}
