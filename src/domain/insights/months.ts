/** Calendar months as `YYYY-MM`, for figures counted month by month. */
import { addDays, addMonths, type Day } from '../dates';

export type Month = string;

export function monthOf(day: Day): Month {
  return day.slice(0, 7);
}

export function firstDayOf(month: Month): Day {
  return `${month}-01`;
}

export function lastDayOf(month: Month): Day {
  return addDays(addMonths(firstDayOf(month), 1), -1);
}

/** The `count` months ending with the month of `asOf`, oldest first. */
export function monthsEnding(asOf: Day, count: number): Month[] {
  const last = firstDayOf(monthOf(asOf));
  return Array.from({ length: count }, (_, i) => monthOf(addMonths(last, i - count + 1)));
}
