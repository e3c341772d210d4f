/**
 * What recording a decision writes to the ledger: ordinary changes the owner can see on the job,
 * the client or the payments, each listed for one confirmation and kept on the worksheet so it can
 * be undone. Pure: the state layer applies the plan in one transaction. Which entries: the
 * template's own `planEffects`.
 */
import type { Day } from '../dates';
import type { WorksheetInput } from '../records';
import type { DecisionRecords, PlannedEffect } from './effect-builders';
import type { Evaluation } from './evaluate';
import { templateModule } from './registry';

export type { DecisionRecords, PlannedEffect };

export function planEffects(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  records: DecisionRecords,
  today: Day,
  reference: string,
): PlannedEffect[] {
  const { party } = records;
  if (!party) return [];
  return templateModule(worksheet.templateId).planEffects(
    worksheet,
    evaluation,
    { ...records, party },
    today,
    reference,
  );
}

/** The effects the owner left ticked. */
export function chosenEffects(
  effects: readonly PlannedEffect[],
  worksheet: Pick<WorksheetInput, 'followUp'>,
): PlannedEffect[] {
  return effects.filter((e) => !worksheet.followUp.skipped.includes(e.effect));
}
