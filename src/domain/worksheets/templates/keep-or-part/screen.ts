/** What the screens show of a keep-or-part worksheet: the money on each side, the new terms. */
import type { WorksheetInput } from '../../../records';
import { minorAmount } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import type { DecisionFields, MoneySides } from '../../template';
import { chosenTerms } from './terms';

export function moneySides(e: Evaluation): MoneySides {
  return {
    left: {
      heading: 'worksheets.side.atStake',
      rows: [{ key: 'outstanding', minor: minorAmount(e.facts, 'outstanding') }],
    },
    right: {
      heading: 'worksheets.side.relationship',
      rows: [{ key: 'projectedValue', minor: minorAmount(e.facts, 'projectedValue') }],
    },
  };
}

/** Keeping on changed terms asks for the new terms, side by side. */
export function decisionFields(ws: WorksheetInput, e: Evaluation): DecisionFields {
  if (e.option !== 'keep_changed_terms') return { groups: [], checks: [] };
  const terms = chosenTerms(ws, e);
  return {
    groups: [
      [
        {
          id: 'net-days',
          label: { key: 'worksheets.decision.netDays', params: {} },
          kind: 'days',
          value: terms.netDays,
          set(followUp, v) {
            followUp.termsNetDays = typeof v === 'number' ? Math.min(365, v) : null;
          },
        },
        {
          id: 'deposit',
          label: { key: 'worksheets.decision.deposit', params: {} },
          kind: 'percent',
          value: terms.depositPercent,
          set(followUp, v) {
            followUp.depositPercent = typeof v === 'number' ? Math.round(v) : null;
          },
        },
      ],
    ],
    checks: [],
  };
}
