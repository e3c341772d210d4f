/**
 * Properties from records, over generated bill histories: adding a late payment anywhere never
 * lowers the late share of the window; late bills before a full twelve-month window change
 * nothing; a bill of the later half paid later never improves the trend.
 *
 * What cannot hold, for this or any trend that compares the earlier bills with the later ones: "a
 * late bill added anywhere never improves the trend". One added to the EARLIER half makes the
 * earlier bills worse, so the later ones compare better: with 5 days' grace, bills 0, 0, 0, 0
 * days beyond it read steady; add one 30 days beyond it as the oldest and the halves are
 * [30, 0] and [0, 0, 0]: improving. The advice must weigh the share (which that bill raises)
 * above the trend; the trend alone is only about the order of the bills in the window.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../dates';
import { payerModel } from './payer-model';
import { billDue, client, ledgerOf, paid } from './test-payer';
import type { Job, Payment } from '../../records';

const asOf = '2026-12-01';
const graceDays = 5;
const RUNS = 300;

/** A bill due `dueBack` days before asOf, paid `late` days after due, or never (null). */
const billArb = fc.record({
  dueBack: fc.integer({ min: 1, max: 1100 }),
  late: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
});

function build(bills: readonly { dueBack: number; late: number | null }[]) {
  const jobs: Job[] = [];
  const payments: Payment[] = [];
  for (const bill of bills) {
    const due = addDays(asOf, -bill.dueBack);
    const job = billDue(due);
    jobs.push(job);
    if (bill.late !== null && addDays(due, bill.late) <= asOf) {
      payments.push(paid(job, addDays(due, bill.late)));
    }
  }
  return ledgerOf({ jobs, payments });
}

const model = (bills: readonly { dueBack: number; late: number | null }[]) =>
  payerModel(client, build(bills), asOf, { graceDays });

const trendRank = { improving: 2, steady: 1, worsening: 0, unknown: 1 } as const;

describe('the payer model over generated bill histories', () => {
  test('adding a bill paid late (or still unpaid) beyond the grace, anywhere, never lowers the late share', () => {
    fc.assert(
      fc.property(
        fc.array(billArb, { maxLength: 30 }),
        fc.integer({ min: graceDays + 1, max: 1100 }),
        fc.integer({ min: graceDays + 1, max: 150 }),
        fc.boolean(),
        (bills, dueBack, late, unpaid) => {
          const before = model(bills).lateness;
          const added = { dueBack, late: unpaid || late >= dueBack ? null : late };
          const after = model([...bills, added]).lateness;
          expect(after.share!).toBeGreaterThanOrEqual(before.share ?? 0);
          expect(after.late).toBeGreaterThanOrEqual(before.late);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('late bills before a twelve-month window of six or more move neither the share nor the trend', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dueBack: fc.integer({ min: 1, max: 360 }),
            late: fc.integer({ min: 0, max: 60 }),
          }),
          { minLength: 6, maxLength: 20 },
        ),
        fc.array(
          fc.record({
            dueBack: fc.integer({ min: 400, max: 1100 }),
            late: fc.integer({ min: 6, max: 200 }),
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (recent, old) => {
          const before = model(recent);
          const after = model([...old, ...recent]);
          expect(before.window.kind).toBe('months');
          expect(after.lateness).toEqual(before.lateness);
          expect(after.reminders).toEqual(before.reminders);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('a bill of the later half paid later still never improves the trend', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 30, max: 360 }), { minLength: 4, maxLength: 16 }),
        fc.array(fc.integer({ min: 0, max: 29 }), { minLength: 16, maxLength: 16 }),
        fc.nat(),
        fc.integer({ min: 1, max: 60 }),
        (dueBacks, lates, pick, more) => {
          // Distinct due days, all paid before asOf; bills come out oldest first.
          const bills = dueBacks.map((dueBack, i) => ({ dueBack, late: lates[i]! }));
          const ordered = [...bills].sort((a, b) => b.dueBack - a.dueBack);
          const half = Math.floor(ordered.length / 2);
          const target = ordered[half + (pick % (ordered.length - half))]!;
          const later = bills.map((b) => (b === target ? { ...b, late: b.late + more } : b));
          const before = model(bills).lateness;
          const after = model(later).lateness;
          expect(trendRank[after.trend]).toBeLessThanOrEqual(trendRank[before.trend]);
          expect(after.share!).toBeGreaterThanOrEqual(before.share!);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
