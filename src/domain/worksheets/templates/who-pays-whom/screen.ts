/**
 * What the screens show of a settlement: the money on each side (what is not billed, what is given
 * in goodwill, what the subcontractor bears, against what the client is worth), the amounts the
 * decision asks, and under the questions what each answer means in money.
 */
import type { Reason, Scalar, WorksheetInput } from '../../../records';
import { minorAmount, money, wholeNumber as num } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import type { DecisionFields, FollowUp, MoneyRow, MoneySides } from '../../template';
import { subcontractorShare, unbilledValue } from './settlement';

const PAYING = ['pay_for_their_work', 'waive_and_pay'];

/** Version 1's sides, for worksheets decided under it. */
function moneySidesV1(e: Evaluation): MoneyRow[] {
  const s = e.settlement;
  const rows: MoneyRow[] = [{ key: 'costOfGoodwill', minor: s?.costOfGoodwill ?? 0 }];
  if (s && s.subcontractorBears > 0) {
    rows.push({ key: 'subcontractorBears', minor: s.subcontractorBears });
    rows.push({ key: 'netCost', minor: s.netCost });
  }
  return rows;
}

export function moneySides(e: Evaluation): MoneySides {
  const s = e.settlement;
  let rows: MoneyRow[];
  if (e.template.version === 1) {
    rows = moneySidesV1(e);
  } else {
    // Work not delivered is simply not billed; only what goes beyond it is goodwill.
    const given = s?.costOfGoodwill ?? 0;
    const credited = given - (s?.goodwill ?? 0);
    const notBilled = Math.min(credited, unbilledValue(e.facts, e.answers));
    rows = [];
    if (notBilled > 0) rows.push({ key: 'notBilled', minor: notBilled });
    rows.push({ key: 'goodwillGiven', minor: given - notBilled });
    if (s && s.subcontractorBears > 0) {
      rows.push({ key: 'subcontractorBears', minor: s.subcontractorBears });
      rows.push({ key: 'netCost', minor: s.netCost });
    }
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
 * Every option asks the credit; the paying ones what is paid to the client; with a subcontractor
 * on the job, also what he bears and whether to note not to use him for this client again.
 */
export function decisionFields(ws: WorksheetInput, e: Evaluation): DecisionFields {
  const s = e.settlement;
  if (!s) return { groups: [], checks: [] };
  const hasSub = e.labels.subcontractor !== undefined;
  const paying = e.template.version === 1 || PAYING.includes(e.option);
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
        ...(paying
          ? [
              {
                id: 'pay-client',
                label: label('worksheets.decision.payClient'),
                kind: 'money' as const,
                value: s.goodwill,
                set: setAmount('payClient'),
              },
            ]
          : []),
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

const note = (key: string, params: Reason['params'] = {}): Reason => ({
  key: `worksheets.who_pays_whom.note.${key}`,
  params,
});

/** Under the questions: the late units' choice in money, the payment's bounds, the units counted. */
export function questionNotes(e: Evaluation): Partial<Record<string, Reason>> {
  const notes: Partial<Record<string, Reason>> = {};
  const { facts, answers, currency, labels } = e;
  const late = num(facts, 'lateValue');
  if (late > 0) {
    const sub = labels.subcontractor;
    const subLate = subcontractorShare(facts, { ...answers, lateUnits: 'credit' });
    const withoutLate = subcontractorShare(facts, { ...answers, lateUnits: 'bill' });
    const bears = subLate - withoutLate;
    notes.lateUnits =
      sub !== undefined && bears > 0
        ? note('lateUnitsSub', {
            late: money(late, currency),
            subcontractor: sub.slice(0, 200),
            bears: money(bears, currency),
          })
        : note('lateUnits', { late: money(late, currency) });
  }
  const worth = num(answers, 'clientWorth');
  notes.clientCost =
    worth > 0
      ? note('clientCost', { clientWorth: money(worth, currency) })
      : note('clientCostNoWorth');
  const recorded = facts.clientShareOnRecord;
  if (typeof recorded === 'number' && answers.clientShare !== recorded) {
    notes.clientShare = note('clientShareLines', { share: recorded });
  }
  return notes;
}

/** Money facts of the job and of the subcontractor's price, typed over the records' figures. */
const JOB_FIGURES = ['jobAmount', 'clientDidValue', 'notDoneValue', 'lateValue', 'deliveredValue'];
const SUBCONTRACTOR_PRICES = ['subcontractorCost', 'subcontractorUndelivered', 'subcontractorLate'];

/**
 * A worksheet does not edit the job: a figure typed over the records' is used for this settlement
 * only, and the decision says so rather than list an entry that would not keep it.
 */
export function unwritten(ws: WorksheetInput, e: Evaluation): Reason[] {
  if (e.template.version === 1) return [];
  const changed = (keys: readonly string[]) =>
    keys.some((k) => k in ws.factOverrides && ws.factOverrides[k] !== e.recordFacts[k]);
  const params = { job: (e.labels.job ?? '').slice(0, 200) };
  const notes: Reason[] = [];
  const sub = e.labels.subcontractor;
  if (sub !== undefined && changed(SUBCONTRACTOR_PRICES)) {
    notes.push(
      note('unwrittenSubcontractorPrice', { ...params, subcontractor: sub.slice(0, 200) }),
    );
  }
  if (changed(JOB_FIGURES)) notes.push(note('unwrittenJobFigures', params));
  return notes;
}
