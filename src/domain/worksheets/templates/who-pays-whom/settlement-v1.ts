/**
 * Version 1's settlement, frozen with its definition (definition-v1.ts) so a worksheet decided under
 * it shows the settlement it was decided with. It read the job as one amount: what the client is
 * let off (a credit, up to the whole bill), what you pay them for their trouble, and what the
 * subcontractor bears (a share of the credit, at the client's price — the flaw version 2 fixes).
 * Never edit it.
 */
import { settleThroughOwner, type JobSettlement, type SettlementAmounts } from '../../settlement';
import type { ScalarMap } from '../../types';

/** A credit never smaller than this share of the bill, so "credit" is never a credit of nothing. */
const MIN_CREDIT_PERCENT = 10;

function num(facts: ScalarMap, key: string): number {
  const value = facts[key];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}

/** The suggested amounts for an option; the owner may replace any of them. */
function suggestedAmountsV1(
  option: string,
  facts: ScalarMap,
  answers: ScalarMap,
  hasSubcontractor: boolean,
): Required<SettlementAmounts> {
  const jobAmount = num(facts, 'jobAmount');
  const share = Math.min(100, num(answers, 'clientShare'));
  const clientCost = num(answers, 'clientCost');
  const credit =
    option === 'bill_in_full'
      ? 0
      : option === 'credit_share'
        ? Math.round((jobAmount * Math.max(share, MIN_CREDIT_PERCENT)) / 100)
        : jobAmount;
  const payClient = option === 'waive_and_pay' ? clientCost : 0;
  const fault = answers.fault;
  const cost = num(facts, 'subcontractorCost');
  const subcontractorBears = !hasSubcontractor
    ? 0
    : fault === 'subcontractor'
      ? Math.min(cost, credit + payClient)
      : fault === 'shared'
        ? Math.min(cost, Math.round((credit + payClient) / 2))
        : 0;
  return { credit, payClient, subcontractorBears };
}

export function settleJobV1(
  option: string,
  facts: ScalarMap,
  answers: ScalarMap,
  hasSubcontractor: boolean,
  overrides: SettlementAmounts = {},
): JobSettlement {
  const suggested = suggestedAmountsV1(option, facts, answers, hasSubcontractor);
  const jobAmount = num(facts, 'jobAmount');
  const outstanding = num(facts, 'outstanding');
  const paidSoFar = num(facts, 'paidSoFar');
  const credit = Math.min(jobAmount, Math.max(0, overrides.credit ?? suggested.credit));
  const goodwill = Math.max(0, overrides.payClient ?? suggested.payClient);
  const subcontractorBears = hasSubcontractor
    ? Math.max(0, overrides.subcontractorBears ?? suggested.subcontractorBears)
    : 0;

  return settleThroughOwner({
    credit,
    goodwill,
    subcontractorBears,
    outstanding,
    paidSoFar,
    subcontractorCost: hasSubcontractor ? num(facts, 'subcontractorCost') : 0,
    paidToSubcontractor: hasSubcontractor ? num(facts, 'paidToSubcontractor') : 0,
  });
}
