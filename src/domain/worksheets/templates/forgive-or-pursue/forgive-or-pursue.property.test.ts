/**
 * The properties issue 15 names for forgiving, from records over generated histories: each change
 * is made to the records (a bill added, a bill grown, a payment sent later) and every fact follows
 * from them as in the app. "More likely" is the rank of the recommended option, from pursuing to
 * forgiving with a discount.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_AS_OF, invoiceHistory } from '../../../metrics/client-history.arbitrary';
import { newWorksheet } from '../../../records';
import { evaluateWorksheet } from '../../evaluate';
import { deriveFacts } from '../../facts';
import { optionRank } from '../../scoring';
import { TEST_OWNER } from '../../test-ledger';
import { forgiveOrPursue } from './definition';
import { disputeCase, disputeLedger, type DisputeCase } from './dispute-case.arbitrary';

const runs = { numRuns: 1000 };
/** A thousand pairs of worksheets from records take a few seconds; more on a busy machine. */
const TIMEOUT = 60_000;

function rank(c: DisputeCase): number {
  const { ledger, job } = disputeLedger(c);
  const ws = {
    ...newWorksheet('forgive_or_pursue', 2, [ledger.parties[0]!.id], [job.id], 'USD'),
    answers: c.answers,
  };
  const evaluation = evaluateWorksheet(ws, deriveFacts(ws, ledger, HISTORY_AS_OF, TEST_OWNER));
  return optionRank(forgiveOrPursue, evaluation.result.option);
}

/** A bill paid on time, billed in the last twelve months and due by the reading day. */
const paidOnTime = fc.record({
  invoicedDaysAgo: fc.integer({ min: 15, max: 364 }),
  amount: fc.integer({ min: 1_000, max: 5_000_000 }),
  termsNetDays: fc.constantFrom(0, 7, 14),
  paidDaysAfterDue: fc.integer({ min: -14, max: 0 }),
  daysInTransit: fc.integer({ min: 0, max: 10 }),
  reminders: fc.constant(0),
  calledAhead: fc.boolean(),
});

describe('forgive or pursue, from records', () => {
  it(
    'adding a paid, on-time bill of the last twelve months never makes forgiving less likely',
    () => {
      fc.assert(
        fc.property(disputeCase, paidOnTime, (c, bill) => {
          fc.pre(bill.invoicedDaysAgo <= c.history.sinceDaysAgo);
          const more = { ...c, history: { ...c.history, invoices: [...c.history.invoices, bill] } };
          expect(rank(more)).toBeGreaterThanOrEqual(rank(c));
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'growing the amount in dispute never makes forgiving more likely',
    () => {
      fc.assert(
        fc.property(disputeCase, fc.integer({ min: 1, max: 50_000_000 }), (c, more) => {
          const bigger = { ...c, disputed: { ...c.disputed, amount: c.disputed.amount + more } };
          expect(rank(bigger)).toBeLessThanOrEqual(rank(c));
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'a late payment anywhere (a bill paid later than it was, or a new bill paid late rather than on time) never makes forgiving more likely',
    () => {
      fc.assert(
        fc.property(
          disputeCase,
          invoiceHistory,
          fc.nat(),
          fc.integer({ min: 1, max: 200 }),
          (c, extra, pick, later) => {
            // Either one of their bills, or one more bill, first paid as it was, then later.
            const added = { ...extra, paidDaysAfterDue: extra.paidDaysAfterDue ?? 0 };
            fc.pre(added.invoicedDaysAgo <= c.history.sinceDaysAgo);
            const invoices = [...c.history.invoices, added];
            const i = pick % invoices.length;
            const paid = invoices[i]!;
            if (paid.paidDaysAfterDue === null) return;
            const base = { ...c, history: { ...c.history, invoices } };
            const lateInvoices = invoices.map((inv, k) =>
              k === i ? { ...inv, paidDaysAfterDue: inv.paidDaysAfterDue! + later } : inv,
            );
            const worse = { ...c, history: { ...c.history, invoices: lateInvoices } };
            expect(rank(worse)).toBeLessThanOrEqual(rank(base));
          },
        ),
        runs,
      );
    },
    TIMEOUT,
  );
});
