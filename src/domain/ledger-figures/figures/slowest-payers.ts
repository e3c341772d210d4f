import type { Day } from '../../dates';
import { slowestPayers, type SlowPayer } from '../../insights/slowest';
import type { Figure } from '../ledger-figures';
import { slowestPayersParts } from './slowest-payers-parts';

/** Who pays slowest, beyond the owner's grace. */
export const slowestPayersFigure: Figure<[asOf: Day, graceDays: number], SlowPayer[]> = {
  name: 'slowest-payers',
  whole: (ledger, asOf, graceDays) => slowestPayers(ledger.parties, ledger, asOf, graceDays),
  parts: slowestPayersParts,
};
