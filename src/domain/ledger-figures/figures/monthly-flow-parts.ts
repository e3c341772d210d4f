/**
 * Money in month by month, per party: its jobs billed and settled, and the payments it sent (a
 * payment is in the slice of every client it pays toward, but is received once, from its payer).
 * The average days to pay is a sum over a count, so each party's sum is kept and divided at the end.
 */
import type { Day } from '../../dates';
import { monthlyFlow, type MonthFlow } from '../../insights/monthly';
import { noMoneyRecords } from '../../metrics/job-balance';
import type { Currency } from '../../money';
import type { FigureParts } from '../ledger-figures';

type MonthlyPart = MonthFlow[];

/** The days summed for a month's average: whole numbers, so the product gives them back exactly. */
const totalDays = (row: MonthFlow) =>
  row.averageDaysToPay === null ? 0 : Math.round(row.averageDaysToPay * row.settledCount);

export const monthlyFlowParts: FigureParts<
  [asOf: Day, currency: Currency],
  MonthFlow[],
  MonthlyPart
> = {
  part(view, _shared, asOf, currency) {
    const own = view.payments.filter((p) => p.partyId === view.partyId);
    return monthlyFlow(view.jobs, view, asOf, currency, 12, own);
  },
  combine(parts, _shared, asOf, currency) {
    return monthlyFlow([], noMoneyRecords, asOf, currency).map((empty, i) => {
      let billed = 0;
      let received = 0;
      let settledCount = 0;
      let days = 0;
      for (const part of parts) {
        const row = part[i]!;
        billed += row.billed;
        received += row.received;
        settledCount += row.settledCount;
        days += totalDays(row);
      }
      return {
        ...empty,
        billed,
        received,
        settledCount,
        averageDaysToPay: settledCount === 0 ? null : days / settledCount,
      };
    });
  },
};
