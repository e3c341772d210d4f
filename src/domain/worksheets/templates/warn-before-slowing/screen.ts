/** What the screens show of a warning: the money on your side, the deadline, the review. */
import type { Day } from '../../../dates';
import type { Outcome, Party, WorksheetInput } from '../../../records';
import { minorAmount } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import type { AfterOutcome, DecisionFields, FollowUp, MoneySides } from '../../template';
import { warningDeadline } from './deadline';

/** Only the options of the side you are on. */
export function optionsFor(e: Evaluation): string[] {
  const supplierSide = e.facts.side === 'i_owe_them';
  const theirs = ['trace_payment', 'pay_now'];
  return e.template.options.filter((o) => theirs.includes(o) === supplierSide);
}

export function moneySides(e: Evaluation): MoneySides {
  const atStake = 'worksheets.side.atStake';
  const relationship = 'worksheets.side.relationship';
  return e.facts.side === 'i_owe_them'
    ? {
        left: {
          heading: atStake,
          rows: [{ key: 'owedToThem', minor: minorAmount(e.facts, 'owedToThem') }],
        },
        right: {
          heading: relationship,
          rows: [{ key: 'sentToThem', minor: minorAmount(e.facts, 'sentToThem') }],
        },
      }
    : {
        left: {
          heading: atStake,
          rows: [{ key: 'outstanding', minor: minorAmount(e.facts, 'outstanding') }],
        },
        right: {
          heading: relationship,
          rows: [
            { key: 'inTheMail', minor: minorAmount(e.facts, 'inTheMail') },
            { key: 'projectedValue', minor: minorAmount(e.facts, 'projectedValue') },
          ].filter((r) => r.key !== 'projectedValue' || r.minor > 0),
        },
      };
}

/** A warning asks for its deadline. */
export function decisionFields(ws: WorksheetInput, e: Evaluation, today: Day): DecisionFields {
  if (e.option !== 'warn') return { groups: [], checks: [] };
  return {
    groups: [
      [
        {
          id: 'deadline',
          label: { key: 'worksheets.decision.deadline', params: {} },
          kind: 'day',
          value: warningDeadline(ws, today),
          set(followUp, v) {
            if (typeof v === 'string') followUp.deadline = v;
          },
        },
      ],
    ],
    checks: [],
  };
}

/** A warning decided keeps its deadline: the owner's, else a week out. */
export function decidedFollowUp(ws: WorksheetInput, e: Evaluation, today: Day): Partial<FollowUp> {
  return { deadline: e.option === 'warn' ? warningDeadline(ws, today) : ws.followUp.deadline };
}

/**
 * Once they paid (or it was settled): on your side, a nudge to reward it; terms agreed along the
 * way that differ from the party's, offered to record.
 */
export function afterOutcome(
  e: Evaluation,
  outcome: Outcome,
  party: Party | undefined,
): AfterOutcome {
  const worked = outcome.paid !== 'no';
  const agreed = typeof e.answers.agreedNetDays === 'number' ? e.answers.agreedNetDays : null;
  const offer =
    worked &&
    party !== undefined &&
    agreed !== null &&
    Number.isInteger(agreed) &&
    agreed <= 365 &&
    party.termsNetDays !== agreed;
  return {
    reward: worked && e.facts.side !== 'i_owe_them',
    agreedNetDays: offer ? agreed : null,
  };
}
