/**
 * How late a client pays, weighed rather than counted: the share of their invoices in the window
 * paid more than the grace days after due (a bill still unpaid past the grace counts as late as it
 * stands), how far beyond the grace (typical and worst), and whether the later half of the window
 * is worse or better than the earlier half. The grace is the owner's setting: a day or two late is
 * normal, not a signal.
 */
import type { PayerInvoice } from './invoices';

export const latenessPatterns = ['none', 'occasional', 'chronic'] as const;
export type PayerPattern = (typeof latenessPatterns)[number];
export const payerTrends = ['improving', 'steady', 'worsening', 'unknown'] as const;
export type PayerTrend = (typeof payerTrends)[number];

/** Late as a rule: at least half the invoices late, and at least three of them. */
export const CHRONIC_MIN_SHARE = 0.5;
export const CHRONIC_MIN_LATE = 3;
/** A trend needs two halves of two invoices, and a change of a few days to be noticed. */
export const TREND_MIN_INVOICES = 4;
export const TREND_MIN_DAYS = 3;

export interface PayerLateness {
  /** Invoices in the window. */
  counted: number;
  /** Of them, paid more than the grace days after due, or unpaid that long already. */
  late: number;
  /** late / counted; null with nothing counted. */
  share: number | null;
  /** Median days beyond the grace over the late invoices; null with none late. */
  typicalDaysBeyondGrace: number | null;
  /** The most days beyond the grace of any invoice in the window, a bill still owing as it stands. */
  worstDaysBeyondGrace: number;
  /** Invoices in the window still unpaid after their due date (within the grace or beyond). */
  stillOverdue: number;
  pattern: PayerPattern;
  trend: PayerTrend;
  /** Mean days beyond the grace of the earlier and the later half; null below four invoices. */
  earlierAverage: number | null;
  laterAverage: number | null;
}

export function daysBeyondGrace(invoice: PayerInvoice, graceDays: number): number {
  return Math.max(0, invoice.daysLate - graceDays);
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** `invoices`: the window's, oldest due first. */
export function payerLateness(invoices: readonly PayerInvoice[], graceDays: number): PayerLateness {
  const beyond = invoices.map((i) => daysBeyondGrace(i, graceDays));
  const lateDays = beyond.filter((d) => d > 0).sort((a, b) => a - b);
  const counted = invoices.length;
  const late = lateDays.length;
  const share = counted === 0 ? null : late / counted;
  const pattern: PayerPattern =
    late === 0
      ? 'none'
      : late >= CHRONIC_MIN_LATE && share! >= CHRONIC_MIN_SHARE
        ? 'chronic'
        : 'occasional';
  let trend: PayerTrend = 'unknown';
  let earlierAverage: number | null = null;
  let laterAverage: number | null = null;
  if (counted >= TREND_MIN_INVOICES) {
    // With an odd count the middle invoice goes to the later half, the one that says "lately".
    const half = Math.floor(counted / 2);
    earlierAverage = mean(beyond.slice(0, half));
    laterAverage = mean(beyond.slice(half));
    const change = laterAverage - earlierAverage;
    trend =
      change >= TREND_MIN_DAYS ? 'worsening' : change <= -TREND_MIN_DAYS ? 'improving' : 'steady';
  }
  return {
    counted,
    late,
    share,
    typicalDaysBeyondGrace: late === 0 ? null : median(lateDays),
    worstDaysBeyondGrace: Math.max(0, ...beyond),
    stillOverdue: invoices.filter((i) => i.stillOverdue).length,
    pattern,
    trend,
    earlierAverage,
    laterAverage,
  };
}
