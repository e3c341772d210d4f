/** The numbers a forgiving decision starts from before the owner changes them. */
import type { WorksheetInput } from '../../../records';
import { wholeNumber } from '../../amounts';
import type { Evaluation } from '../../evaluate';

export const DEFAULT_DISCOUNT_PERCENT = 10;

type WithFollowUp = Pick<WorksheetInput, 'followUp'>;

/** The credit on a disputed bill for a partial credit: the owner's amount, else half. */
export function partialCredit(worksheet: WithFollowUp, evaluation: Evaluation): number {
  const amount = wholeNumber(evaluation.facts, 'amountInDispute');
  return Math.min(amount, worksheet.followUp.amounts.credit ?? Math.round(amount / 2));
}

/** A one-time discount on the next job: the owner's, else the default. */
export function discountPercent(worksheet: WithFollowUp): number {
  return worksheet.followUp.discountPercent ?? DEFAULT_DISCOUNT_PERCENT;
}
