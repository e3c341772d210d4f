/**
 * The message a decision suggests sending, as a catalogue key and its parameters; the screen turns
 * it into words in the owner's language, and the owner edits it before sending. Every message names
 * the party (and the job and subcontractor where there are); the template adds its own figures.
 */
import type { Day } from '../dates';
import type { Reason, WorksheetInput } from '../records';
import { greetingName } from '../records/greeting-name';
import type { Evaluation } from './evaluate';
import { templateModule } from './registry';

export function messageDraft(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  today: Day,
): Reason {
  const { labels, option } = evaluation;
  // Every message opens by greeting them: the person's name, not "Person (Business)".
  const params: Reason['params'] = { name: greetingName(labels.name ?? '').slice(0, 200) };
  if (labels.job) params.job = labels.job.slice(0, 200);
  if (labels.subcontractor) params.subcontractor = labels.subcontractor.slice(0, 200);
  const module = templateModule(worksheet.templateId);
  Object.assign(params, module.messageParams(worksheet, evaluation, today));
  const key =
    module.messageKey?.(worksheet, evaluation) ??
    `worksheets.message.${worksheet.templateId}.${option}`;
  return { key, params };
}
