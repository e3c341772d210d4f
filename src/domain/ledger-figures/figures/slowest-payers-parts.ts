/**
 * Who pays slowest, per party: the client's own row, if they were ever late beyond the grace.
 * The rows are read from the client's records only, so only the clients a write touches change.
 */
import type { Day } from '../../dates';
import { slowestFirst, slowPayerRow, type SlowPayer } from '../../insights/slowest';
import type { FigureParts } from '../ledger-figures';
import { firstInOrder } from '../totals';

/** As many as slowestPayers lists. */
const LIMIT = 8;

/** Clients alike in every figure and name stay in the parties' order: by id. */
const order = (a: SlowPayer, b: SlowPayer) =>
  slowestFirst(a, b) || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0);

export const slowestPayersParts: FigureParts<
  [asOf: Day, graceDays: number],
  SlowPayer[],
  SlowPayer | null
> = {
  part(view, _shared, asOf, graceDays) {
    return view.party ? slowPayerRow(view.party, view, asOf, graceDays) : null;
  },
  combine(parts) {
    return firstInOrder(
      parts.filter((p) => p !== null),
      order,
      LIMIT,
    );
  },
};
