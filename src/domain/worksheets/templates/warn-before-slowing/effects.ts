/**
 * What a warning writes: terms agreed on the party, and the reminder, warning (with its deadline)
 * or note logged with the message sent. Nothing to chase writes nothing.
 */
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
    // The deadline goes on the contact, so the next worksheet knows when slowing down may start.
    const deadline = warningDeadline(worksheet, today);
    effects.push(
      contact(
        'warning_contact',
        party,
        jobId,
        today,
        { ...who, deadline: { day: deadline } },
        deadline,
      ),
    );
  }
  if (
    option === 'check_first' ||
    option === 'slow_down' ||
    option === 'trace_payment' ||
    option === 'ask_which_bill'
  ) {
    effects.push(contact('note_contact', party, jobId, today, who));
  }
  return effects;
}
