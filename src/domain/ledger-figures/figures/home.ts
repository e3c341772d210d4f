import type { Day } from '../../dates';
import { homeSummary, type HomeSummary } from '../../insights/home-summary';
import type { Figure } from '../ledger-figures';
import { homeParts } from './home-parts';

/** Home at a glance: owed, overdue, in dispute, in the mail, and who owes. */
export const homeFigure: Figure<[asOf: Day], HomeSummary> = {
  name: 'home',
  whole: (ledger, asOf) => homeSummary(ledger, asOf),
  parts: homeParts,
};
