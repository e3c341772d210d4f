/** What the screens show of a forgive-or-pursue worksheet: the money on each side, the amounts. */
import type { WorksheetInput } from '../../../records';
import { minorAmount } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import type { DecisionFields, MoneySides } from '../../template';
import { discountPercent, partialCredit } from './amounts';

export function moneySides(e: Evaluation): MoneySides {
  // A worksheet decided under version 1 shows the money as it was weighed then.
  if (e.template.version === 1) {
    return {
      left: {
        heading: 'worksheets.side.atStake',
        rows: [{ key: 'amountInDispute', minor: minorAmount(e.facts, 'amountInDispute') }],
      },
      right: {
        heading: 'worksheets.side.relationship',
        rows: [
          { key: 'projectedValue', minor: minorAmount(e.facts, 'projectedValue') },
          { key: 'referralRevenue', minor: minorAmount(e.facts, 'referralRevenue') },
        ],
      },
    };
  }
  // The bill, and what pursuing it would likely bring in; against it, the two parts of the
  // relationship's value (their own work, and the people they referred), each counted once.
  return {
    left: {
      heading: 'worksheets.side.atStake',
      rows: [
        { key: 'amountInDispute', minor: minorAmount(e.facts, 'amountInDispute') },
        { key: 'likelyRecovery', minor: minorAmount(e.facts, 'likelyRecovery') },
      ],
    },
    right: {
      heading: 'worksheets.side.relationship',
      rows: [
        { key: 'ownValueNextYear', minor: minorAmount(e.facts, 'ownValueNextYear') },
        { key: 'referralsLastYear', minor: minorAmount(e.facts, 'referralRevenue') },
      ],
    },
  };
}

/** A partial credit asks how much; a discount asks how big. */
export function decisionFields(ws: WorksheetInput, e: Evaluation): DecisionFields {
  if (e.option === 'partial_credit') {
    return {
      groups: [
        [
          {
            id: 'credit',
            label: { key: 'worksheets.decision.credit', params: {} },
            kind: 'money',
            value: partialCredit(ws, e),
            set(followUp, v) {
              if (typeof v === 'number') followUp.amounts.credit = v;
              else delete followUp.amounts.credit;
            },
          },
        ],
      ],
      checks: [],
    };
  }
  if (e.option === 'forgive_discount') {
    return {
      groups: [
        [
          {
            id: 'discount',
            label: { key: 'worksheets.decision.discount', params: {} },
            kind: 'percent',
            value: discountPercent(ws),
            set(followUp, v) {
              followUp.discountPercent = typeof v === 'number' ? Math.round(v) : null;
            },
          },
        ],
      ],
      checks: [],
    };
  }
  return { groups: [], checks: [] };
}
