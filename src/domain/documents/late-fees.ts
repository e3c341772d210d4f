/**
 * Late fees (or interest) on a client's overdue bills, by the client's terms: none (the default),
 * a flat fee once a bill is more than the grace days past due, or a yearly rate on what is still
 * owed for each day past the grace period. They are worked out, never stored; waiving one is a
 * credit of reason `late_fee_waived` against the job, which is goodwill.
 */
import type { Day } from '../dates';
import type { Currency } from '../money';
import type { Credit, Id, Party } from '../records';
import { isLive } from '../records/live';

export type LateFeeTerms = Pick<
  Party,
  'lateFeeKind' | 'lateFeeFlat' | 'lateFeeRateBasisPoints' | 'lateFeeGraceDays'
>;

const DAYS_IN_YEAR = 365n;
const BASIS_POINTS = 10_000n;

/** `numerator / denominator`, both positive, rounded half up. */
function divideRounded(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

/**
 * The fee a bill owing `outstanding` and `daysOverdue` days past due has earned by these terms,
 * before any waiver. A yearly rate runs only on the days past the grace period:
 * rate × outstanding × (days overdue − grace) / 365, rounded to a whole minor unit (the product is
 * worked in whole numbers so even the largest bill is exact).
 */
export function lateFeeCharged(
  terms: LateFeeTerms,
  outstanding: number,
  daysOverdue: number,
): number {
  const chargeable = daysOverdue - terms.lateFeeGraceDays;
  if (outstanding <= 0 || chargeable <= 0) return 0;
  switch (terms.lateFeeKind) {
    case 'none':
      return 0;
    case 'flat':
      return terms.lateFeeFlat;
    case 'yearly_rate':
      return divideRounded(
        BigInt(outstanding) * BigInt(terms.lateFeeRateBasisPoints) * BigInt(chargeable),
        BASIS_POINTS * DAYS_IN_YEAR,
      );
  }
}

/** What a late fee stands at on one bill. */
export interface LateFee {
  jobId: Id;
  currency: Currency;
  daysOverdue: number;
  /** Earned by the terms. */
  charged: number;
  /** Let off by credits of reason `late_fee_waived` against the job. */
  waived: number;
  /** Charged less waived, never below 0. */
  due: number;
}

/** The bill a fee is worked out on: what jobBalances says of it. */
export interface OverdueBill {
  jobId: Id;
  currency: Currency;
  outstanding: number;
  daysOverdue: number;
}

/** Waivers given by `asOf`, per job, in the job's currency. */
function waiversByJob(credits: readonly Credit[], asOf: Day): Map<string, number> {
  const waived = new Map<string, number>();
  for (const credit of credits) {
    if (!isLive(credit) || credit.reason !== 'late_fee_waived' || credit.jobId === null) continue;
    if (credit.on > asOf) continue;
    const key = `${credit.jobId} ${credit.currency}`;
    waived.set(key, (waived.get(key) ?? 0) + credit.amount);
  }
  return waived;
}

/**
 * The late fees on a client's bills as of `asOf`, one per bill that has earned or had waived
 * anything; bills that earned nothing are left out. Credits other than waivers do not count here:
 * they already lower what is outstanding.
 */
export function lateFees(
  terms: LateFeeTerms,
  bills: Iterable<OverdueBill>,
  credits: readonly Credit[],
  asOf: Day,
): LateFee[] {
  const waivers = waiversByJob(credits, asOf);
  const fees: LateFee[] = [];
  for (const bill of bills) {
    const charged = lateFeeCharged(terms, bill.outstanding, bill.daysOverdue);
    const waived = waivers.get(`${bill.jobId} ${bill.currency}`) ?? 0;
    if (charged === 0 && waived === 0) continue;
    fees.push({
      jobId: bill.jobId,
      currency: bill.currency,
      daysOverdue: bill.daysOverdue,
      charged,
      waived: Math.min(waived, charged),
      due: Math.max(0, charged - waived),
    });
  }
  return fees;
}
