/**
 * Home's summary, per party: the party's own summary (its debtor row, if it owes), and its oldest
 * aging row, which places it among debtors alike in days and name as the whole list does.
 */
import type { Day } from '../../dates';
import type { HomeSummary } from '../../insights/home-summary';
import { homeSummary } from '../../insights/home-summary';
import { oldestFirst, receivablesAging, type AgingRow } from '../../metrics/aging';
import type { FigureParts } from '../ledger-figures';
import { sumTotals } from '../totals';

interface HomePart {
  summary: HomeSummary;
  oldest: AgingRow | undefined;
}

export const homeParts: FigureParts<[asOf: Day], HomeSummary, HomePart> = {
  part(view, _shared, asOf) {
    const summary = homeSummary(view, asOf);
    // Only a debtor is placed among others: most parties owe nothing, and need no aging pass more.
    const oldest =
      summary.debtors.length > 0 ? receivablesAging(view.jobs, view, asOf).rows[0] : undefined;
    return { summary, oldest };
  },
  combine(parts) {
    const debtors = parts
      .flatMap((p) => p.summary.debtors.map((debtor) => ({ debtor, oldest: p.oldest! })))
      .sort(
        (a, b) =>
          b.debtor.oldestDaysOverdue - a.debtor.oldestDaysOverdue ||
          a.debtor.name.localeCompare(b.debtor.name) ||
          oldestFirst(a.oldest, b.oldest),
      )
      .map((d) => d.debtor);
    return {
      owed: sumTotals(parts.map((p) => p.summary.owed)),
      overdue: sumTotals(parts.map((p) => p.summary.overdue)),
      inDispute: sumTotals(parts.map((p) => p.summary.inDispute)),
      inTheMail: sumTotals(parts.map((p) => p.summary.inTheMail)),
      overdueJobs: parts.reduce((n, p) => n + p.summary.overdueJobs, 0),
      debtors,
      hasClients: parts.some((p) => p.summary.hasClients),
    };
  },
};
