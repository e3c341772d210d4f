/**
 * The figures a warning quotes: what is past due (on your side) or owed (on theirs), the deadline,
 * the agreed terms, and where to send the money: the owner's current address and payment details
 * from the settings, or, with none recorded, an offer to send them (never an empty slot).
 */
import type { Day } from '../../../dates';
import type { Reason, WorksheetInput } from '../../../records';
import { money, wholeNumber } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import type { OwnerTerms } from '../../template';
import { warningDeadline } from './deadline';

const prefix = 'worksheets.warn_before_slowing.sendTo';

/** Where to send the money, as an introduction (a catalogue sentence) and the details themselves. */
export function sendTo(owner: OwnerTerms | null): Reason['params'] {
  const details = [owner?.businessAddress ?? '', owner?.paymentDetails ?? '']
    .map((d) => d.trim())
    .filter((d) => d !== '');
  return details.length > 0
    ? { sendToIntro: { key: `${prefix}.details` }, sendTo: `\n${details.join('\n')}` }
    : { sendToIntro: { key: `${prefix}.ask` }, sendTo: '' };
}

function amountKey(evaluation: Evaluation): string {
  const { facts, option } = evaluation;
  if (facts.side === 'i_owe_them') {
    return option === 'trace_payment' && wholeNumber(facts, 'sentToThem') > 0
      ? 'sentToThem'
      : 'owedToThem';
  }
  // Version 1 quoted everything owed; version 2 what is past due and not yet arrived.
  return 'pastDueOwed' in facts ? 'pastDueOwed' : 'outstanding';
}

export function messageParams(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  today: Day,
): Reason['params'] {
  const { currency, facts, answers } = evaluation;
  return {
    amount: money(wholeNumber(facts, amountKey(evaluation)), currency),
    deadline: { day: warningDeadline(worksheet, today) },
    netDays: wholeNumber(answers, 'agreedNetDays'),
    ...(facts.side === 'i_owe_them' ? {} : sendTo(evaluation.owner)),
  };
}
