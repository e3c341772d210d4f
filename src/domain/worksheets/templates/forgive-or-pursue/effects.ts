/**
 * What forgiving or pursuing writes. Pursuing logs a reminder and leaves the dispute open. A
 * partial credit or forgiving writes the credit (settling, or goodwill — never a write-off, which
 * is bad debt) and closes the job's open disputes as settled by it; a discount is noted on the
 * client. With nothing owed, only the reply is logged.
 */
import type { Day } from '../../../dates';
import type { Party, WorksheetInput } from '../../../records';
import { wholeNumber as num } from '../../amounts';
import {
  contact,
  creditJob,
  resolveDisputes,
  type DecisionRecords,
  type PlannedEffect,
} from '../../effect-builders';
import type { Evaluation } from '../../evaluate';
import { discountPercent, partialCredit } from './amounts';

export function planEffects(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  records: DecisionRecords & { party: Party },
  today: Day,
): PlannedEffect[] {
  const { party, job } = records;
  const { currency, option } = evaluation;
  const who = { name: party.name.slice(0, 200) };
  const effects: PlannedEffect[] = [];
  const jobId = job?.id ?? null;
  const outstanding = num(evaluation.facts, 'amountInDispute');
  if (option === 'pursue') {
    effects.push(contact('reminder_contact', party, jobId, today, who));
    return effects;
  }
  if (job && option !== 'answer_complaint') {
    const credit = option === 'partial_credit' ? partialCredit(worksheet, evaluation) : outstanding;
    // Part of the bill given up settles the dispute; all of it is forgiven, as goodwill.
    const reason = option === 'partial_credit' ? 'dispute_settled' : 'goodwill';
    const credited = creditJob(job, credit, outstanding, currency, today, reason);
    effects.push(...credited);
    // The dispute is settled by the credit: closed only when the credit is written with it.
    if (credited.length > 0) {
      effects.push(...resolveDisputes(job, records.disputes ?? [], today, 'credited'));
    }
  }
  if (option === 'forgive_discount') {
    const discount = discountPercent(worksheet);
    const params = { ...who, discount, day: { day: today } };
    effects.push({
      effect: 'discount_note',
      table: 'parties',
      id: party.id,
      patch: {},
      appendNote: { key: 'worksheets.note.discount', params },
      summary: { key: 'worksheets.effect.discount_note', params },
    });
  }
  effects.push(contact('note_contact', party, jobId, today, who));
  return effects;
}
