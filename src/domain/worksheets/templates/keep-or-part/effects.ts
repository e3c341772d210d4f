/**
 * What keeping or parting writes: the changed terms on the client, exactly as listed (nothing when
 * they are the client's terms already), and a note of the message in the contact log.
 */
import type { Day } from '../../../dates';
import type { Party, WorksheetInput } from '../../../records';
import { contact, type DecisionRecords, type PlannedEffect } from '../../effect-builders';
import type { Evaluation } from '../../evaluate';
import { chosenTerms } from './terms';

export function planEffects(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  records: DecisionRecords & { party: Party },
  today: Day,
): PlannedEffect[] {
  const { party } = records;
  const { option } = evaluation;
  const who = { name: party.name.slice(0, 200) };
  const effects: PlannedEffect[] = [];
  if (option === 'keep_changed_terms') {
    const terms = chosenTerms(worksheet, evaluation);
    const changed =
      terms.netDays !== party.termsNetDays || terms.depositPercent !== party.depositPercent;
    if (changed) {
      effects.push({
        effect: 'terms',
        table: 'parties',
        id: party.id,
        patch: { termsNetDays: terms.netDays, depositPercent: terms.depositPercent },
        appendNote: null,
        summary: {
          key: 'worksheets.effect.terms',
          params: { ...who, netDays: terms.netDays, deposit: terms.depositPercent },
        },
      });
    }
  }
  if (option !== 'keep_as_is') effects.push(contact('note_contact', party, null, today, who));
  return effects;
}
