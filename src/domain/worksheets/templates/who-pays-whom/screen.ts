/** What the screens show of a settlement: the cost of goodwill against the client's worth. */
import type { Scalar, WorksheetInput } from '../../../records';
import { minorAmount } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import type { DecisionFields, FollowUp, MoneyRow, MoneySides } from '../../template';

export function moneySides(e: Evaluation): MoneySides {
  const s = e.settlement;
  const rows: MoneyRow[] = [{ key: 'costOfGoodwill', minor: s?.costOfGoodwill ?? 0 }];
  if (s && s.subcontractorBears > 0) {
    rows.push({ key: 'subcontractorBears', minor: s.subcontractorBears });
    rows.push({ key: 'netCost', minor: s.netCost });
  }
  return {
    left: { heading: 'worksheets.side.atStake', rows },
    right: {
      heading: 'worksheets.side.relationship',
      rows: [{ key: 'clientWorth', minor: minorAmount(e.answers, 'clientWorth') }],
    },
  };
}

function setAmount(key: 'credit' | 'payClient' | 'subcontractorBears') {
  return (followUp: FollowUp, v: Scalar) => {
    if (typeof v === 'number') followUp.amounts[key] = v;
    else delete followUp.amounts[key];
  };
}

/**
 * Every option asks the settlement's amounts; with a subcontractor on the job, also what they bear
 * and whether to note not to use them for this client again.
 */
export function decisionFields(ws: WorksheetInput, e: Evaluation): DecisionFields {
  const s = e.settlement;
  if (!s) return { groups: [], checks: [] };
  const hasSub = e.labels.subcontractor !== undefined;
  const label = (key: string) => ({ key, params: {} });
  return {
    groups: [
      [
        {
          id: 'credit',
          label: label('worksheets.decision.credit'),
          kind: 'money',
          value: s.credit,
          set: setAmount('credit'),
        },
        {
          id: 'pay-client',
          label: label('worksheets.decision.payClient'),
          kind: 'money',
          value: s.goodwill,
          set: setAmount('payClient'),
        },
        ...(hasSub
          ? [
              {
                id: 'sub-bears',
                label: label('worksheets.decision.subcontractorBears'),
                kind: 'money' as const,
                value: s.subcontractorBears,
                set: setAmount('subcontractorBears'),
              },
            ]
          : []),
      ],
    ],
    checks: hasSub
      ? [
          {
            id: 'avoid-sub',
            label: {
              key: 'worksheets.decision.avoidSubcontractor',
              params: { subcontractor: e.labels.subcontractor ?? '', name: e.labels.name ?? '' },
            },
            checked: ws.followUp.avoidSubcontractor,
            toggle(followUp) {
              followUp.avoidSubcontractor = !followUp.avoidSubcontractor;
            },
          },
        ]
      : [],
  };
}
