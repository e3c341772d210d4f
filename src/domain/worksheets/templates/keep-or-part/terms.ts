/**
 * The terms suggested for a client kept on changed terms, each only where the records support it:
 * - chased (a bill needed more than one reminder, a day they named was missed, or you do the
 *   chasing): shorter terms and a deposit before work starts;
 * - late as a rule but keeping the days they name (the article's client who calls ahead): be
 *   flexible — terms that match when they really pay, no deposit;
 * - neither: the terms stay as they are, for the owner to set.
 */
import type { ScalarMap, WorksheetInput } from '../../../records';
import { wholeNumber } from '../../amounts';
import type { Evaluation } from '../../evaluate';

export const FIRMER_TERMS = { netDays: 14, depositPercent: 25 } as const;
/** Terms that fit their dates are rounded up to the usual steps (15, 30, 45, 60 …), at most 365. */
const TERMS_STEP = 15;
const MAX_NET_DAYS = 365;

export type TermsBasis = 'chased' | 'theirDates' | 'none';

export interface SuggestedTerms {
  netDays: number;
  depositPercent: number;
  basis: TermsBasis;
}

function basisOf(facts: ScalarMap): TermsBasis {
  const chased =
    wholeNumber(facts, 'neededMoreReminders') > 0 ||
    wholeNumber(facts, 'datesMissed') > 0 ||
    facts.initiative === 'you_chase';
  if (chased) return 'chased';
  const keepsDates =
    wholeNumber(facts, 'datesMet') > 0 && typeof facts.typicalDaysBeyondGrace === 'number';
  return keepsDates ? 'theirDates' : 'none';
}

export function suggestedTerms(evaluation: Pick<Evaluation, 'facts'>): SuggestedTerms {
  const { facts } = evaluation;
  const netDays = wholeNumber(facts, 'termsNetDays');
  const deposit = wholeNumber(facts, 'depositPercent');
  const basis = basisOf(facts);
  if (basis === 'chased') {
    return {
      netDays: Math.min(netDays || FIRMER_TERMS.netDays, FIRMER_TERMS.netDays),
      depositPercent: Math.max(deposit, FIRMER_TERMS.depositPercent),
      basis,
    };
  }
  if (basis === 'theirDates') {
    // When they typically pay: the terms, the grace and the typical days beyond it.
    const paidAfter =
      netDays + wholeNumber(facts, 'graceDays') + wholeNumber(facts, 'typicalDaysBeyondGrace');
    return {
      netDays: Math.min(MAX_NET_DAYS, Math.ceil(paidAfter / TERMS_STEP) * TERMS_STEP),
      depositPercent: deposit,
      basis,
    };
  }
  return { netDays, depositPercent: deposit, basis };
}

/** The owner's terms where they set them, else the suggested ones. */
export function chosenTerms(
  worksheet: Pick<WorksheetInput, 'followUp'>,
  evaluation: Pick<Evaluation, 'facts'>,
) {
  const suggested = suggestedTerms(evaluation);
  return {
    netDays: worksheet.followUp.termsNetDays ?? suggested.netDays,
    depositPercent: worksheet.followUp.depositPercent ?? suggested.depositPercent,
  };
}
