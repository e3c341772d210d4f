/** Numbers every template's decision reads the same way: a whole amount, the check-back day. */
import { addDays, type Day } from '../dates';
import type { ScalarMap, WorksheetInput } from '../records';
import type { Evaluation } from './evaluate';

type WithFollowUp = Pick<WorksheetInput, 'followUp'>;

export function wholeNumber(map: ScalarMap, key: string): number {
  const value = map[key];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}

/** Money as a message or entry parameter. */
export function money(minor: number, currency: string) {
  return { minor: Math.max(0, Math.round(minor)), currency };
}

/** When to check back: the owner's day, else the template's interval for the option. */
export function reviewDay(worksheet: WithFollowUp, evaluation: Evaluation, today: Day): Day {
  return (
    worksheet.followUp.reviewOn ??
    addDays(today, evaluation.template.reviewAfterDays[evaluation.option] ?? 30)
  );
}

/** An amount in minor units as it stands (not clamped), 0 when unknown. */
export function minorAmount(map: ScalarMap, key: string): number {
  const v = map[key];
  return typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : 0;
}
