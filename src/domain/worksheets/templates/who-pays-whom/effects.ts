/**
 * What a settlement writes: the credit on the job, a payment to the client, the subcontractor's
 * forfeit or charge-back, a note not to use them for this client again, and a note of the talk.
 */
import type { Day } from '../../../dates';
import type { Party, WorksheetInput } from '../../../records';
import { wholeNumber as num } from '../../amounts';
import {
  contact,
  creditJob,
  payment,
  type DecisionRecords,
  type PlannedEffect,
} from '../../effect-builders';
import type { Evaluation } from '../../evaluate';

export function planEffects(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  records: DecisionRecords & { party: Party },
  today: Day,
  reference: string,
): PlannedEffect[] {
  const { party, job, subcontractor } = records;
  const { currency } = evaluation;
  const who = { name: party.name.slice(0, 200) };
  const effects: PlannedEffect[] = [];
  const jobId = job?.id ?? null;
  const settlement = evaluation.settlement;
  if (!settlement || !job) return effects;
  const outstanding = num(evaluation.facts, 'outstanding');
  // The credit up to what is still owed goes on the job; any more comes back as a payment.
  effects.push(
    ...creditJob(job, settlement.credit, outstanding, currency, today, 'dispute_settled'),
  );
  if (settlement.payClient > 0) {
    effects.push(
      payment('pay_client', party, job, settlement.payClient, currency, today, reference),
    );
  }
  if (subcontractor && settlement.forfeit > 0) {
    effects.push(
      payment('forfeit', subcontractor, job, settlement.forfeit, currency, today, reference),
    );
  }
  if (subcontractor && settlement.chargeBack > 0) {
    effects.push(
      payment('charge_back', subcontractor, job, settlement.chargeBack, currency, today, reference),
    );
  }
  if (subcontractor && worksheet.followUp.avoidSubcontractor) {
    const params = {
      ...who,
      subcontractor: subcontractor.name.slice(0, 200),
      day: { day: today },
    };
    effects.push({
      effect: 'avoid_subcontractor',
      table: 'parties',
      id: party.id,
      patch: {},
      appendNote: { key: 'worksheets.note.avoidSubcontractor', params },
      summary: { key: 'worksheets.effect.avoid_subcontractor', params },
    });
  }
  effects.push(contact('note_contact', party, jobId, today, who));
  return effects;
}
