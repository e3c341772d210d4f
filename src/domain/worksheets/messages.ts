/**
 * The message a decision suggests sending, as a catalogue key and its parameters; the screen turns
 * it into words in the owner's language, and the owner edits it before sending.
 */
import type { Day } from '../dates';
import type { Reason, WorksheetInput } from '../records';
import {
  chosenTerms,
  discountPercent,
  partialCredit,
  warningDeadline,
  wholeNumber,
} from './amounts';
import type { Evaluation } from './evaluate';

function money(minor: number, currency: string) {
  return { minor: Math.max(0, Math.round(minor)), currency };
}

export function messageDraft(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  today: Day,
): Reason {
  const { currency, labels, option, settlement, facts, answers } = evaluation;
  const params: Reason['params'] = { name: (labels.name ?? '').slice(0, 200) };
  if (labels.job) params.job = labels.job.slice(0, 200);
  if (labels.subcontractor) params.subcontractor = labels.subcontractor.slice(0, 200);
  switch (worksheet.templateId) {
    case 'forgive_or_pursue': {
      params.amount = money(wholeNumber(facts, 'amountInDispute'), currency);
      params.credit = money(partialCredit(worksheet, evaluation), currency);
      params.discount = discountPercent(worksheet);
      break;
    }
    case 'keep_or_part': {
      const terms = chosenTerms(worksheet, evaluation);
      params.netDays = terms.netDays;
      params.deposit = terms.depositPercent;
      params.amount = money(wholeNumber(facts, 'outstanding'), currency);
      break;
    }
    case 'who_pays_whom': {
      params.credit = money(settlement?.credit ?? 0, currency);
      params.payClient = money(settlement?.payClient ?? 0, currency);
      params.amount = money(settlement?.clientOwes ?? 0, currency);
      break;
    }
    case 'warn_before_slowing': {
      const owed = facts.side === 'i_owe_them' ? 'owedToThem' : 'outstanding';
      params.amount = money(wholeNumber(facts, owed), currency);
      params.deadline = { day: warningDeadline(worksheet, today) };
      params.netDays = wholeNumber(answers, 'agreedNetDays');
      break;
    }
  }
  return { key: `worksheets.message.${worksheet.templateId}.${option}`, params };
}
