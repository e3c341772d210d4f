/**
 * The worksheet as it is kept once decided: the facts frozen as they stood (with what the records
 * said where the owner changed one), the result, the option chosen, and the follow-up filled in.
 */
import type { Day } from '../dates';
import type { ScalarMap, WorksheetInput } from '../records';
import { reviewDay } from './amounts';
import type { Evaluation } from './evaluate';
import { templateModule } from './registry';

const LABEL_MAX = 200;

export function decidedWorksheet(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  today: Day,
  message: string,
): WorksheetInput {
  const recordFacts: ScalarMap = {};
  for (const key of Object.keys(worksheet.factOverrides)) {
    recordFacts[key] = evaluation.recordFacts[key] ?? null;
  }
  const labels: Record<string, string> = {};
  for (const [key, label] of Object.entries(evaluation.labels))
    labels[key] = label.slice(0, LABEL_MAX);
  return {
    ...worksheet,
    // Decided by the template as it is now, whatever version the draft began under.
    templateVersion: evaluation.template.version,
    status: 'decided',
    step: 'follow_up',
    snapshot: { asOf: today, facts: { ...evaluation.facts }, recordFacts, labels },
    result: evaluation.result,
    decision: { ...worksheet.decision, option: evaluation.option, decidedOn: today },
    followUp: {
      ...worksheet.followUp,
      message: message.slice(0, 5000),
      reviewOn: reviewDay(worksheet, evaluation, today),
      ...templateModule(worksheet.templateId).decidedFollowUp?.(worksheet, evaluation, today),
    },
  };
}

/** The worksheet back as a draft at its decision step, answers kept, once its decision is undone. */
export function undecidedWorksheet(worksheet: WorksheetInput): WorksheetInput {
  return {
    ...worksheet,
    status: 'draft',
    step: 'decision',
    snapshot: null,
    result: null,
    entries: [],
    decision: { ...worksheet.decision, decidedOn: null },
  };
}
