/** The day a warning gives them: the one the owner set, else a week from today. */
import { addDays, type Day } from '../../../dates';
import type { WorksheetInput } from '../../../records';
import { WARNING_DEADLINE_DAYS } from './definition';

export function warningDeadline(worksheet: Pick<WorksheetInput, 'followUp'>, today: Day): Day {
  return worksheet.followUp.deadline ?? addDays(today, WARNING_DEADLINE_DAYS);
}
