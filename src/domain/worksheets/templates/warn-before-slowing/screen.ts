/** What the screens show of a warning: the money on your side, the deadline, the review. */
import type { Day } from '../../../dates';
import type { Outcome, Party, WorksheetInput } from '../../../records';
import { minorAmount } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import type { AfterOutcome, DecisionFields, FollowUp, MoneySides } from '../../template';
import { warningDeadline } from './deadline';

/** The money left to ask for on your side, or owed on theirs; 0 when unknown. */
function owedOnMySide(e: Evaluation): number {
  return minorAmount(e.facts, 'pastDueOwed');
}

/** The last warning's deadline has passed (the day after it, at the earliest). */
export function deadlinePassed(e: Evaluation): boolean {
  const warnings = e.facts.warningsSinceDue;
  const past = e.facts.daysPastDeadline;
  return typeof warnings === 'number' && warnings >= 1 && typeof past === 'number' && past >= 1;
}

/**
 * The options of the side you are on. Nothing past due: nothing to chase (a demand for nothing is
 * never offered). Slowing down only once the last warning's deadline has passed. On their side,
 * nothing owed and nothing sent on record: ask which bill they mean.
 */
export function optionsFor(e: Evaluation): string[] {
  const options = e.template.options;
  if (e.facts.side === 'i_owe_them') {
    const nothing =
      minorAmount(e.facts, 'owedToThem') <= 0 && minorAmount(e.facts, 'sentToThem') <= 0;
    // Paying is offered only with something owed: never "I am paying the 0.00 now".
    const owed = minorAmount(e.facts, 'owedToThem') > 0;
    const theirs = nothing
      ? ['ask_which_bill']
      : owed
        ? ['trace_payment', 'pay_now']
        : ['trace_payment'];
    return options.filter((o) => theirs.includes(o));
  }
  if (!options.includes('nothing_to_chase')) {
    // A worksheet of version 1, which had neither the nothing-to-chase step nor the deadline.
    return options.filter((o) => !['trace_payment', 'pay_now'].includes(o));
  }
  if (owedOnMySide(e) <= 0) return ['nothing_to_chase'];
  const mine = ['check_first', 'remind', 'warn', ...(deadlinePassed(e) ? ['slow_down'] : [])];
  return options.filter((o) => mine.includes(o));
}

export function moneySides(e: Evaluation): MoneySides {
  const atStake = 'worksheets.side.atStake';
  const relationship = 'worksheets.side.relationship';
  const row = (key: string) => ({ key, minor: minorAmount(e.facts, key) });
  if (e.facts.side === 'i_owe_them') {
    return {
      left: { heading: atStake, rows: [row('owedToThem')] },
      right: { heading: relationship, rows: [row('sentToThem')] },
    };
  }
  if (e.template.version === 1) {
    return {
      left: { heading: atStake, rows: [row('outstanding')] },
      right: { heading: relationship, rows: [row('inTheMail')] },
    };
  }
  const stake = [row('pastDueOwed'), row('outstanding')];
  return {
    // What they owe beyond what is past due only when there is more.
    left: { heading: atStake, rows: stake[1]!.minor > stake[0]!.minor ? stake : [stake[0]!] },
    right: { heading: relationship, rows: [row('inTheMail'), row('valueNextYear')] },
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
