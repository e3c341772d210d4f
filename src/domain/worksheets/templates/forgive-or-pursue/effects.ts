/** What forgiving or pursuing writes: a reminder, or a credit (goodwill or settling), a note. */
import type { Day } from '../../../dates';
import type { Party, WorksheetInput } from '../../../records';
import { wholeNumber as num } from '../../amounts';
import {
  contact,
  creditJob,
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
  if (job) {
    const credit = option === 'partial_credit' ? partialCredit(worksheet, evaluation) : outstanding;
    // Part of the bill given up settles the dispute; all of it is forgiven, as goodwill.
    const reason = option === 'partial_credit' ? 'dispute_settled' : 'goodwill';
    effects.push(...creditJob(job, credit, outstanding, currency, today, reason));
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
