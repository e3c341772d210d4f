/** The figures a keep-or-part message quotes: the new terms and what is owed. */
import type { Reason, WorksheetInput } from '../../../records';
import { money, wholeNumber } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import { chosenTerms } from './terms';

export function messageParams(worksheet: WorksheetInput, evaluation: Evaluation): Reason['params'] {
  const terms = chosenTerms(worksheet, evaluation);
  return {
    netDays: terms.netDays,
    deposit: terms.depositPercent,
    amount: money(wholeNumber(evaluation.facts, 'outstanding'), evaluation.currency),
  };
}
