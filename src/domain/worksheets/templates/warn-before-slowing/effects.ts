/** What a warning writes: terms agreed on the client, and the reminder, warning or note logged. */
import type { Day } from '../../../dates';
import type { Party, WorksheetInput } from '../../../records';
import { contact, type DecisionRecords, type PlannedEffect } from '../../effect-builders';
import type { Evaluation } from '../../evaluate';
import { warningDeadline } from './deadline';

export function planEffects(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  records: DecisionRecords & { party: Party },
  today: Day,
): PlannedEffect[] {
  const { party, job } = records;
  const { option } = evaluation;
  const who = { name: party.name.slice(0, 200) };
  const effects: PlannedEffect[] = [];
  const jobId = job?.id ?? null;
  const agreed = evaluation.answers.agreedNetDays;
  const termsAgreed = evaluation.answers.termsAgreed;
  if (
    (termsAgreed === 'in_writing' || termsAgreed === 'verbally') &&
    typeof agreed === 'number' &&
    Number.isInteger(agreed) &&
    agreed >= 0 &&
    agreed <= 365 &&
    agreed !== party.termsNetDays
  ) {
    effects.push({
      effect: 'terms',
      table: 'parties',
      id: party.id,
      patch: { termsNetDays: agreed },
      appendNote: null,
      summary: {
        key: 'worksheets.effect.terms',
        params: { ...who, netDays: agreed, deposit: party.depositPercent },
      },
    });
  }
  if (option === 'remind') effects.push(contact('reminder_contact', party, jobId, today, who));
  if (option === 'warn') {
    effects.push(
      contact('warning_contact', party, jobId, today, {
        ...who,
        deadline: { day: warningDeadline(worksheet, today) },
      }),
    );
  }
  if (option === 'slow_down' || option === 'trace_payment') {
    effects.push(contact('note_contact', party, jobId, today, who));
  }
  return effects;
}
