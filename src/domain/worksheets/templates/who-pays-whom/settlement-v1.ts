/**
 * Version 1's settlement, frozen with its definition (definition-v1.ts) so a worksheet decided under
 * it shows the settlement it was decided with. It read the job as one amount: what the client is
 * let off (a credit, up to the whole bill), what you pay them for their trouble, and what the
 * subcontractor bears (a share of the credit, at the client's price — the flaw version 2 fixes).
 * Never edit it.
 */
import {
  netTransfers,
  type JobSettlement,
  type SettlementAmounts,
  type Transfer,
} from '../../settlement';
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
  const subcontractorCost = num(facts, 'subcontractorCost');
  const subcontractorBears = hasSubcontractor
    ? Math.max(0, overrides.subcontractorBears ?? suggested.subcontractorBears)
    : 0;

  // A credit beyond what is still owed comes back out of what they already paid.
  const refund = Math.min(paidSoFar, Math.max(0, credit - outstanding));
  const stillOwed = Math.max(0, outstanding - credit);
  // Goodwill against a bill still owed is simply a bigger credit: one transfer fewer.
  const offset = Math.min(goodwill, stillOwed);
  const clientOwes = stillOwed - offset;
  const payClient = refund + goodwill - offset;

  const subcontractorUnpaid = hasSubcontractor
    ? Math.max(0, subcontractorCost - num(facts, 'paidToSubcontractor'))
    : 0;
  const forfeit = Math.min(subcontractorBears, subcontractorUnpaid);
  const chargeBack = subcontractorBears - forfeit;
  const subcontractorOwed = subcontractorUnpaid - forfeit;

  const obligations: Transfer[] = [
    { from: 'client', to: 'me', amount: clientOwes },
    { from: 'me', to: 'client', amount: payClient },
    { from: 'me', to: 'subcontractor', amount: subcontractorOwed },
    { from: 'subcontractor', to: 'me', amount: chargeBack },
  ];
  const transfers = netTransfers(obligations, 'me') as JobSettlement['transfers'];
  return {
    credit: credit + offset,
    goodwill,
    clientOwes,
    payClient,
    subcontractorBears,
    forfeit,
    chargeBack,
    subcontractorOwed,
    transfers,
    costOfGoodwill: credit + goodwill,
    netCost: credit + goodwill - subcontractorBears,
  };
}
