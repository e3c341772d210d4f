import { describe, expect, test } from 'vitest';
import { lateFeeCharged, lateFees, type LateFeeTerms } from './late-fees';
import { makeCredit, testId } from './test-records';

const none: LateFeeTerms = {
  lateFeeKind: 'none',
  lateFeeFlat: 0,
  lateFeeRateBasisPoints: 0,
  lateFeeGraceDays: 0,
};
const flat: LateFeeTerms = { ...none, lateFeeKind: 'flat', lateFeeFlat: 2500, lateFeeGraceDays: 7 };
const rate: LateFeeTerms = {
  ...none,
  lateFeeKind: 'yearly_rate',
  lateFeeRateBasisPoints: 1200,
  lateFeeGraceDays: 10,
};
const JOB = testId(50);

describe('late fees', () => {
  test('no fee when the terms are none, however late', () => {
    expect(lateFeeCharged(none, 100_000, 400)).toBe(0);
  });

  test('a flat fee applies once the bill is more than the grace days past due', () => {
    expect(lateFeeCharged(flat, 100_000, 7)).toBe(0); // 7 days is within the 7 grace days
    expect(lateFeeCharged(flat, 100_000, 8)).toBe(2500);
    expect(lateFeeCharged(flat, 100_000, 300)).toBe(2500); // once per bill, not per month
  });

  test('a yearly rate runs on what is owed for the days past the grace period', () => {
    // 12 % a year on $1,000.00 for 40 − 10 = 30 days: 100000 × 0.12 × 30 / 365 = 986.30… → 986.
    expect(lateFeeCharged(rate, 100_000, 40)).toBe(986);
    // 12 % on $500.00 for 73 − 10 = 63 days: 50000 × 0.12 × 63 / 365 = 1035.61… → 1036.
    expect(lateFeeCharged(rate, 50_000, 73)).toBe(1036);
    expect(lateFeeCharged(rate, 100_000, 10)).toBe(0);
  });

  test('a yearly rate rounds half up to a whole minor unit', () => {
    // 10 % on 365 cents for 5 days: 365 × 0.10 × 5 / 365 = 0.5 → 1.
    const tenPercent = { ...rate, lateFeeRateBasisPoints: 1000, lateFeeGraceDays: 0 };
    expect(lateFeeCharged(tenPercent, 365, 5)).toBe(1);
    // 4 days: 0.4 → 0.
    expect(lateFeeCharged(tenPercent, 365, 4)).toBe(0);
  });

  test('the largest bill at the highest rate is still exact', () => {
    // 100 % a year on 10^13 minor units for 365 days past a 0-day grace: exactly 10^13.
    const full = { ...rate, lateFeeRateBasisPoints: 10_000, lateFeeGraceDays: 0 };
    expect(lateFeeCharged(full, 10_000_000_000_000, 365)).toBe(10_000_000_000_000);
  });

  test('a waiver on the job lowers the fee due; one dated later does not count yet', () => {
    const bills = [{ jobId: JOB, currency: 'USD', outstanding: 100_000, daysOverdue: 20 }];
    const credits = [
      makeCredit(1000, '2026-03-01', JOB, { reason: 'late_fee_waived' }),
      makeCredit(500, '2026-04-01', JOB, { reason: 'late_fee_waived' }),
      makeCredit(9000, '2026-03-01', JOB, { reason: 'goodwill' }),
    ];
    // Flat $25.00 earned, $10.00 waived by 2026-03-15: $15.00 due. The goodwill credit is not a waiver.
    expect(lateFees(flat, bills, credits, '2026-03-15')).toEqual([
      { jobId: JOB, currency: 'USD', daysOverdue: 20, charged: 2500, waived: 1000, due: 1500 },
    ]);
    // By 2026-04-01, $15.00 waived in all: $10.00 due.
    expect(lateFees(flat, bills, credits, '2026-04-01')[0]).toMatchObject({
      waived: 1500,
      due: 1000,
    });
  });

  test('a fee waived in full is due nothing, and bills that earned nothing are left out', () => {
    const bills = [
      { jobId: JOB, currency: 'USD', outstanding: 100_000, daysOverdue: 20 },
      { jobId: testId(51), currency: 'USD', outstanding: 100_000, daysOverdue: 3 },
    ];
    const credits = [makeCredit(4000, '2026-03-01', JOB, { reason: 'late_fee_waived' })];
    expect(lateFees(flat, bills, credits, '2026-03-15')).toEqual([
      { jobId: JOB, currency: 'USD', daysOverdue: 20, charged: 2500, waived: 2500, due: 0 },
    ]);
  });
});
