/**
 * The numbers a decision starts from before the owner changes them: a partial credit, new terms,
 * a warning's deadline, a one-time discount.
 */
import { addDays, type Day } from '../dates';
import type { ScalarMap, WorksheetInput } from '../records';
import type { Evaluation } from './evaluate';
import { WARNING_DEADLINE_DAYS } from './templates';

export const DEFAULT_DISCOUNT_PERCENT = 10;
export const SUGGESTED_TERMS = { netDays: 14, depositPercent: 25 } as const;

type WithFollowUp = Pick<WorksheetInput, 'followUp'>;

export function wholeNumber(map: ScalarMap, key: string): number {
  const value = map[key];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}

/** The credit on a disputed bill for a partial credit: the owner's amount, else half. */
export function partialCredit(worksheet: WithFollowUp, evaluation: Evaluation): number {
  const amount = wholeNumber(evaluation.facts, 'amountInDispute');
  return Math.min(amount, worksheet.followUp.amounts.credit ?? Math.round(amount / 2));
}

/** The day a warning gives them: the one the owner set, else a week from today. */
export function warningDeadline(worksheet: WithFollowUp, today: Day): Day {
  return worksheet.followUp.deadline ?? addDays(today, WARNING_DEADLINE_DAYS);
}

/** New terms for a client kept on changed terms: shorter and with a deposit, never looser. */
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

export function chosenTerms(worksheet: WithFollowUp, evaluation: Evaluation) {
  const suggested = suggestedTerms(evaluation);
  return {
    netDays: worksheet.followUp.termsNetDays ?? suggested.netDays,
    depositPercent: worksheet.followUp.depositPercent ?? suggested.depositPercent,
  };
}

export function discountPercent(worksheet: WithFollowUp): number {
  return worksheet.followUp.discountPercent ?? DEFAULT_DISCOUNT_PERCENT;
}

/** When to check back: the owner's day, else the template's interval for the option. */
export function reviewDay(worksheet: WithFollowUp, evaluation: Evaluation, today: Day): Day {
  return (
    worksheet.followUp.reviewOn ??
    addDays(today, evaluation.template.reviewAfterDays[evaluation.option] ?? 30)
  );
}
