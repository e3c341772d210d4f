/** New terms for a client kept on changed terms: shorter and with a deposit, never looser. */
import type { WorksheetInput } from '../../../records';
import { wholeNumber } from '../../amounts';
import type { Evaluation } from '../../evaluate';

export const SUGGESTED_TERMS = { netDays: 14, depositPercent: 25 } as const;

export function suggestedTerms(evaluation: Evaluation): {
  netDays: number;
  depositPercent: number;
} {
  const current = wholeNumber(evaluation.facts, 'termsNetDays');
  return {
    netDays: Math.min(current || SUGGESTED_TERMS.netDays, SUGGESTED_TERMS.netDays),
    depositPercent: Math.max(
      wholeNumber(evaluation.facts, 'depositPercent'),
      SUGGESTED_TERMS.depositPercent,
    ),
  };
}

/** The owner's terms where they set them, else the suggested ones. */
export function chosenTerms(worksheet: Pick<WorksheetInput, 'followUp'>, evaluation: Evaluation) {
  const suggested = suggestedTerms(evaluation);
  return {
    netDays: worksheet.followUp.termsNetDays ?? suggested.netDays,
    depositPercent: worksheet.followUp.depositPercent ?? suggested.depositPercent,
  };
}
