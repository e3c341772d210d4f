/** The figures a warning quotes: what is owed (on your side), the deadline, the agreed terms. */
import type { Day } from '../../../dates';
import type { Reason, WorksheetInput } from '../../../records';
import { money, wholeNumber } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import { warningDeadline } from './deadline';

export function messageParams(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  today: Day,
): Reason['params'] {
  const { currency, facts, answers } = evaluation;
  const owed = facts.side === 'i_owe_them' ? 'owedToThem' : 'outstanding';
  return {
    amount: money(wholeNumber(facts, owed), currency),
    deadline: { day: warningDeadline(worksheet, today) },
    netDays: wholeNumber(answers, 'agreedNetDays'),
  };
}
