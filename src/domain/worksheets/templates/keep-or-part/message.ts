/**
 * The message a keep-or-part decision suggests: the new terms and what is owed, and the variant
 * whose every sentence the records support (no deposit asked when none is suggested, no amount
 * asked for when nothing is owed, no thanks for a payment still missing).
 */
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

function messageVariant(worksheet: WorksheetInput, evaluation: Evaluation): string | null {
  const owed = wholeNumber(evaluation.facts, 'outstanding') > 0;
  const overdue = wholeNumber(evaluation.facts, 'overdueCount') > 0;
  switch (evaluation.option) {
    case 'keep_as_is':
      // The plain message thanks them for sorting a late payment out: only true once nothing is
      // overdue, and only when something was late.
      if (overdue && owed) return 'overdue';
      return wholeNumber(evaluation.facts, 'lateInvoices') > 0 ? null : 'thanks';
    case 'keep_changed_terms': {
      const terms = chosenTerms(worksheet, evaluation);
      const same =
        terms.netDays === wholeNumber(evaluation.facts, 'termsNetDays') &&
        terms.depositPercent === wholeNumber(evaluation.facts, 'depositPercent');
      if (same) return 'talk';
      return terms.depositPercent > 0 ? null : 'noDeposit';
    }
    case 'part_ways':
      return owed ? null : 'nothingOwed';
    default:
      return null;
  }
}

/** The option's message, or the variant of it whose premise the records support. */
export function messageKey(worksheet: WorksheetInput, evaluation: Evaluation): string {
  const key = `worksheets.message.${evaluation.template.id}.${evaluation.option}`;
  const variant = messageVariant(worksheet, evaluation);
  return variant === null ? key : `${key}.${variant}`;
}
