import type { Day } from '../../dates';
import { monthlyFlow, type MonthFlow } from '../../insights/monthly';
import type { Currency } from '../../money';
import type { Figure } from '../ledger-figures';
import { monthlyFlowParts } from './monthly-flow-parts';

/** Money in, month by month, in one currency. */
export const monthlyFlowFigure: Figure<[asOf: Day, currency: Currency], MonthFlow[]> = {
  name: 'monthly-flow',
  whole: (ledger, asOf, currency) => monthlyFlow(ledger.jobs, ledger, asOf, currency),
  parts: monthlyFlowParts,
};
