/**
 * Properties from records, over generated client histories (client-history.arbitrary.ts), each
 * read through deriveFacts and evaluateWorksheet as the app reads them, the owner's answers and
 * weights held fixed:
 * - adding a late payment anywhere in the history never makes "keep as is" more likely;
 * - late payments added before a full twelve-month window change nothing;
 * - a bill that never needed a reminder never reads worse than one paid at once after the first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clientHistory,
  HISTORY_AS_OF,
  historyLedger,
  invoiceHistory,
  type ClientHistory,
  type InvoiceHistory,
} from '../../../metrics/client-history.arbitrary';
import { newWorksheet, type ScalarMap } from '../../../records';
import { evaluateWorksheet } from '../../evaluate';
import { deriveFacts } from '../../facts';
import { optionRank } from '../../scoring';
import { TEST_OWNER } from '../../test-ledger';
import { keepOrPart } from './definition';

const RUNS = { numRuns: 1000 };
/** A thousand histories read twice each: about 15 s on a busy two-core machine. */
const TIMEOUT = 120_000;
const GRACE = TEST_OWNER.lateGraceDays;

/** Each question left to the records, or answered with any of its choices. */
const answers: fc.Arbitrary<ScalarMap> = fc.record(
  Object.fromEntries(
    keepOrPart.questions.map((q) => [q.key, fc.constantFrom(undefined, ...(q.choices ?? []))]),
  ),
) as fc.Arbitrary<ScalarMap>;

function read(history: ClientHistory, given: ScalarMap) {
  const ledger = historyLedger(history);
  const worksheet = {
    ...newWorksheet('keep_or_part', keepOrPart.version, [ledger.client.id], [], 'USD'),
    answers: Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
  };
  return evaluateWorksheet(worksheet, deriveFacts(worksheet, ledger, HISTORY_AS_OF, TEST_OWNER));
}

/** The history with one more bill, the relationship begun no later than it. */
function withBill(history: ClientHistory, bill: InvoiceHistory): ClientHistory {
  return {
    ...history,
    sinceDaysAgo: Math.max(history.sinceDaysAgo, bill.invoicedDaysAgo),
    invoices: [...history.invoices, bill],
  };
}

/**
 * A bill paid (or left unpaid) more than the grace after it fell due, on or before the reading
 * day: due `dueDaysAgo` ago, on any terms, at any age.
 */
const latePayment: fc.Arbitrary<InvoiceHistory> = fc
  .record({
    termsNetDays: fc.constantFrom(0, 7, 14, 30, 60),
    daysLate: fc.integer({ min: GRACE + 1, max: 200 }),
    before: fc.integer({ min: 0, max: 3400 }),
    amount: fc.integer({ min: 1_000, max: 5_000_000 }),
    daysInTransit: fc.integer({ min: 0, max: 20 }),
    unpaid: fc.boolean(),
  })
  .map(({ termsNetDays, daysLate, before, amount, daysInTransit, unpaid }) => ({
    invoicedDaysAgo: termsNetDays + daysLate + before,
    amount,
    termsNetDays,
    paidDaysAfterDue: unpaid ? null : daysLate,
    daysInTransit,
    reminders: 0,
    calledAhead: false,
  }));

const rank = (option: string) => optionRank(keepOrPart, option);

describe('keep or part ways over generated histories', () => {
  it(
    'adding a late payment anywhere never makes "keep as is" more likely',
    () => {
      fc.assert(
        fc.property(clientHistory, latePayment, answers, (history, late, given) => {
          const before = read(history, given);
          const after = read(withBill(history, late), given);
          if (after.result.option === 'keep_as_is') expect(before.result.option).toBe('keep_as_is');
          expect(after.facts.lateInvoices).toBeGreaterThanOrEqual(
            Number(before.facts.lateInvoices),
          );
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'late payments added before a full twelve-month window change nothing',
    () => {
      // At least six bills due (and settled or not) within the last twelve months…
      const recentBill = invoiceHistory.chain((bill) =>
        fc.integer({ min: 0, max: 300 }).map((dueDaysAgo) => ({
          ...bill,
          invoicedDaysAgo: dueDaysAgo + bill.termsNetDays,
        })),
      );
      // …and late bills that fell due, and were paid, before the window began.
      const oldLate = fc
        .record({
          termsNetDays: fc.constantFrom(0, 7, 14, 30, 60),
          dueDaysAgo: fc.integer({ min: 600, max: 3000 }),
          daysLate: fc.integer({ min: GRACE + 1, max: 200 }),
          amount: fc.integer({ min: 1_000, max: 5_000_000 }),
        })
        .map((b): InvoiceHistory => ({
          invoicedDaysAgo: b.dueDaysAgo + b.termsNetDays,
          amount: b.amount,
          termsNetDays: b.termsNetDays,
          paidDaysAfterDue: b.daysLate,
          daysInTransit: 0,
          reminders: 0,
          calledAhead: false,
        }));
      fc.assert(
        fc.property(
          fc.array(recentBill, { minLength: 6, maxLength: 12 }),
          fc.array(oldLate, { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 0, max: 3650 }),
          answers,
          (recent, old, since, given) => {
            const history: ClientHistory = {
              sinceDaysAgo: Math.max(since, ...recent.map((b) => b.invoicedDaysAgo)),
              invoices: recent,
              complaints: 0,
              promises: [],
            };
            const before = read(history, given);
            const after = read(old.reduce(withBill, history), given);
            const { option, score, factors, reasons, actions } = after.result;
            expect({ option, score, factors, reasons, actions }).toEqual({
              option: before.result.option,
              score: before.result.score,
              factors: before.result.factors,
              reasons: before.result.reasons,
              actions: before.result.actions,
            });
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'a bill that never needed a reminder never reads worse than one paid at once after the first',
    () => {
      fc.assert(
        fc.property(
          clientHistory.filter((h) => h.invoices.length > 0),
          fc.nat(),
          // Paid two to eight days after due: after a reminder the day after due, within its week.
          fc.integer({ min: 2, max: 8 }),
          answers,
          (history, pick, paidAfter, given) => {
            const index = pick % history.invoices.length;
            const bill = history.invoices[index]!;
            if (bill.invoicedDaysAgo < bill.termsNetDays + paidAfter) return;
            const variant = (reminders: number): ClientHistory => ({
              ...history,
              invoices: history.invoices.map((b, i) =>
                i === index ? { ...b, paidDaysAfterDue: paidAfter, reminders } : b,
              ),
            });
            const never = read(variant(0), given);
            const once = read(variant(1), given);
            expect(Number(never.facts.reminderRate ?? 1)).toBeGreaterThanOrEqual(
              Number(once.facts.reminderRate ?? 1),
            );
            expect(never.result.score).toBeGreaterThanOrEqual(once.result.score - 1e-9);
            expect(rank(never.result.option)).toBeGreaterThanOrEqual(rank(once.result.option));
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
