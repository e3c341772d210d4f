/**
 * The settlement of a job that went wrong, unit by unit.
 *
 * The client: the units they did themselves and the units nobody did are never billed (a credit at
 * the client's price); the late ones are billed or credited as the owner chose. Waiving goes further
 * and credits the whole bill. A goodwill payment for their own work is never more than it cost them,
 * nor more than the client is worth over a year.
 *
 * The subcontractor bears, at his own price per unit, what he did not deliver and — when the late
 * units are credited and the fault is his (or shared) — what he delivered late: first by not being
 * paid for it, then by paying back what he was already paid. Never a credit at the client's price.
 *
 * Everything is netted through you to the fewest transfers: at most one with the client and one
 * with the subcontractor.
 */
import type { WorksheetInput } from '../../../records';
import { wholeNumber as num } from '../../amounts';
import { settleThroughOwner, type JobSettlement, type SettlementAmounts } from '../../settlement';
import type { ScalarMap } from '../../types';

export type { JobSettlement, SettlementAmounts };

const WAIVING = ['waive_all', 'waive_and_pay'];
const PAYING = ['pay_for_their_work', 'waive_and_pay'];
/** Faults under which the subcontractor bears the late units the client is let off. */
const HIS_FAULT = ['subcontractor', 'shared'];

/** The credit for units not billed: the client's own, nobody's, and the late ones if credited. */
export function unbilledValue(facts: ScalarMap, answers: ScalarMap): number {
  const late = answers.lateUnits === 'credit' ? num(facts, 'lateValue') : 0;
  return Math.min(
    num(facts, 'jobAmount'),
    num(facts, 'clientDidValue') + num(facts, 'notDoneValue') + late,
  );
}

/** The most a goodwill payment may be: what their own work cost them, and what they are worth. */
export function goodwillCap(answers: ScalarMap): number {
  return Math.min(num(answers, 'clientCost'), num(answers, 'clientWorth'));
}

/** What the subcontractor bears, at his price: what he did not deliver, and late units credited. */
export function subcontractorShare(facts: ScalarMap, answers: ScalarMap): number {
  const lateCredited =
    answers.lateUnits === 'credit' &&
    typeof answers.fault === 'string' &&
    HIS_FAULT.includes(answers.fault);
  const bears =
    num(facts, 'subcontractorUndelivered') + (lateCredited ? num(facts, 'subcontractorLate') : 0);
  return Math.min(num(facts, 'subcontractorCost'), bears);
}

/** The suggested amounts for an option; the owner may replace any of them. */
export function suggestedAmounts(
  option: string,
  facts: ScalarMap,
  answers: ScalarMap,
  hasSubcontractor: boolean,
): Required<SettlementAmounts> {
  return {
    credit: WAIVING.includes(option) ? num(facts, 'jobAmount') : unbilledValue(facts, answers),
    payClient: PAYING.includes(option) ? goodwillCap(answers) : 0,
    subcontractorBears: hasSubcontractor ? subcontractorShare(facts, answers) : 0,
  };
}

export function settleJob(
  option: string,
  facts: ScalarMap,
  answers: ScalarMap,
  hasSubcontractor: boolean,
  overrides: SettlementAmounts = {},
): JobSettlement {
  const suggested = suggestedAmounts(option, facts, answers, hasSubcontractor);
  const jobAmount = num(facts, 'jobAmount');
  const outstanding = num(facts, 'outstanding');
  const paidSoFar = num(facts, 'paidSoFar');
  const subcontractorCost = hasSubcontractor ? num(facts, 'subcontractorCost') : 0;
  const credit = Math.min(jobAmount, Math.max(0, overrides.credit ?? suggested.credit));
  // The bound holds for an amount the owner typed too; only the paying options pay.
  const goodwill = PAYING.includes(option)
    ? Math.min(goodwillCap(answers), Math.max(0, overrides.payClient ?? suggested.payClient))
    : 0;
  // He bears at most his own price for the job, never more.
  const subcontractorBears = hasSubcontractor
    ? Math.min(
        subcontractorCost,
        Math.max(0, overrides.subcontractorBears ?? suggested.subcontractorBears),
      )
    : 0;

  return settleThroughOwner({
    credit,
    goodwill,
    subcontractorBears,
    outstanding,
    paidSoFar,
    subcontractorCost,
    paidToSubcontractor: hasSubcontractor ? num(facts, 'paidToSubcontractor') : 0,
  });
}

/** The amounts the owner set on the decision step, each replacing the suggested one. */
export function settlementAmounts(worksheet: Pick<WorksheetInput, 'followUp'>): SettlementAmounts {
  const a = worksheet.followUp.amounts;
  return {
    ...(a.credit !== undefined ? { credit: a.credit } : {}),
    ...(a.payClient !== undefined ? { payClient: a.payClient } : {}),
    ...(a.subcontractorBears !== undefined ? { subcontractorBears: a.subcontractorBears } : {}),
  };
}
