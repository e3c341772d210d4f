/** The figures a forgive-or-pursue message quotes: the bill, the credit, the discount. */
import type { Reason, WorksheetInput } from '../../../records';
import { money, wholeNumber } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import { discountPercent, partialCredit } from './amounts';

export function messageParams(worksheet: WorksheetInput, evaluation: Evaluation): Reason['params'] {
  const { currency, facts } = evaluation;
  return {
    amount: money(wholeNumber(facts, 'amountInDispute'), currency),
    credit: money(partialCredit(worksheet, evaluation), currency),
    discount: discountPercent(worksheet),
  };
}
