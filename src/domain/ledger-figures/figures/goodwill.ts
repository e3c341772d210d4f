import type { Day } from '../../dates';
import { goodwillSummary, type GoodwillSummary } from '../../insights/goodwill';
import type { Figure } from '../ledger-figures';
import { goodwillParts } from './goodwill-parts';

/** What goodwill cost and what it kept, the worksheets' credits included. */
export const goodwillFigure: Figure<[asOf: Day], GoodwillSummary> = {
  name: 'goodwill',
  whole: (ledger, asOf) => goodwillSummary(ledger.parties, ledger, asOf),
  parts: goodwillParts,
};
