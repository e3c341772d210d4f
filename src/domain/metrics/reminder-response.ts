/**
 * Whether a reminder is enough: for each reminder or warning we sent, did money come (or get sent)
 * within a few days? Money counts the day it was sent. A client who pays as soon as they are reminded deserves another chance; one who
 * ignores reminders does not.
 */
import { addDays, daysBetween, type Day } from '../dates';
import type { Contact, Id, Payment } from '../records';
import { isLive } from '../records/live';

export const REMINDER_WINDOW_DAYS = 7;

export interface ReminderResponse {
  /** Reminders and warnings we sent whose window has closed (or was answered) by `asOf`. */
  reminders: number;
  /** Of those, how many were followed by a payment within the window. */
  answered: number;
  rate: number | null;
  /** Average days from reminder to payment, over the answered ones. */
  averageDaysToPay: number | null;
}

const chasing = new Set(['reminder_sent', 'warning_sent']);

export function reminderResponse(
  clientId: Id,
  contacts: readonly Contact[],
  payments: readonly Payment[],
  asOf: Day,
  withinDays: number = REMINDER_WINDOW_DAYS,
): ReminderResponse {
  const paidDays = payments
    .filter(
      (p) =>
        isLive(p) && p.partyId === clientId && p.direction === 'client_to_me' && p.sentOn <= asOf,
    )
    .map((p) => p.sentOn)
    .sort();
  let reminders = 0;
  let answered = 0;
  let totalDays = 0;
  for (const contact of contacts) {
    if (!isLive(contact) || contact.partyId !== clientId) continue;
    if (!chasing.has(contact.kind) || contact.initiatedBy !== 'me' || contact.on > asOf) continue;
    const windowEnd = addDays(contact.on, withinDays);
    const paidOn = paidDays.find((day) => day >= contact.on && day <= windowEnd);
    if (paidOn !== undefined) {
      reminders += 1;
      answered += 1;
      totalDays += daysBetween(contact.on, paidOn);
    } else if (windowEnd < asOf) {
      // Still inside its window: too early to say it went unanswered.
      reminders += 1;
    }
  }
  return {
    reminders,
    answered,
    rate: reminders === 0 ? null : answered / reminders,
    averageDaysToPay: answered === 0 ? null : totalDays / answered,
  };
}
