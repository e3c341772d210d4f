/**
 * A warning's deadline: the day the owner gave in it, else a week from the day it was sent. A
 * warning a decision logs carries its deadline on the contact (`promisedOn`, the day named in it),
 * so the next worksheet reads it from the records; one logged by hand has none and gets the week.
 */
import { addDays, type Day } from '../../../dates';
import type { Contact, WorksheetInput } from '../../../records';
import { isLive } from '../../../records/live';

/** Days the warning gives before any slowdown: the article's "within a week". */
export const WARNING_DEADLINE_DAYS = 7;

/** The day a warning being decided gives them: the one the owner set, else a week from today. */
export function warningDeadline(worksheet: Pick<WorksheetInput, 'followUp'>, today: Day): Day {
  return worksheet.followUp.deadline ?? addDays(today, WARNING_DEADLINE_DAYS);
}

export interface WarningOnRecord {
  /** How many warnings I sent them from `since` to `asOf`. */
  count: number;
  /** The last one's deadline; null with none. */
  deadline: Day | null;
  /** The day the last one was sent; null with none. */
  sentOn: Day | null;
}

/** The warnings sent to the party from `since` (the bill's due day) to `asOf`; the last one rules. */
export function warningsOnRecord(
  contacts: readonly Contact[],
  partyId: string,
  since: Day | null,
  asOf: Day,
): WarningOnRecord {
  if (since === null) return { count: 0, deadline: null, sentOn: null };
  const warnings = contacts
    .filter(
      (c) =>
        isLive(c) &&
        c.partyId === partyId &&
        c.kind === 'warning_sent' &&
        c.initiatedBy === 'me' &&
        c.on >= since &&
        c.on <= asOf,
    )
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.id < b.id ? -1 : 1));
  const last = warnings[warnings.length - 1];
  if (!last) return { count: 0, deadline: null, sentOn: null };
  const given = last.promisedOn !== null && last.promisedOn >= last.on ? last.promisedOn : null;
  return {
    count: warnings.length,
    deadline: given ?? addDays(last.on, WARNING_DEADLINE_DAYS),
    sentOn: last.on,
  };
}
