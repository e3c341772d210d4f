/** The figures a settlement message quotes: the credit, the payment, what the client still owes. */
import type { Reason } from '../../../records';
import { money } from '../../amounts';
import type { Evaluation } from '../../evaluate';

export function messageParams(evaluation: Evaluation): Reason['params'] {
  const { currency, settlement } = evaluation;
  return {
    credit: money(settlement?.credit ?? 0, currency),
    payClient: money(settlement?.payClient ?? 0, currency),
    amount: money(settlement?.clientOwes ?? 0, currency),
  };
}
