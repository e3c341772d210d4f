/**
 * Whether the client's bills needed chasing, and whether one reminder was enough, invoice by
 * invoice over the window. A reminder (or a warning) counts for a bill when I sent it about that
 * job, or about the client with no job named, after the bill's due date and before it was settled.
 * One was enough when the money was sent within the reminder window after the first one and no
 * second was sent before it.
 *
 * The rate reads "never needed one" exactly as well as "answered the first one": both are a bill
 * handled without chasing, and an owner should not think less of a client for having been
 * reminded once and paying at once. So: no reminder needed = one was enough > more were needed.
 */
import { addDays, daysBetween, type Day } from '../../dates';
import type { Contact } from '../../records';
import { isLive } from '../../records/live';
import type { PayerInvoice } from './invoices';

/** Money within a week of a reminder answered it. */
export const REMINDER_WINDOW_DAYS = 7;

export interface PayerReminders {
  /** Invoices in the window. */
  invoices: number;
  /** Invoices that needed at least one reminder. */
  needed: number;
  /** Of those, paid within the reminder window after the first, with no second one. */
  enoughWithOne: number;
  /** Of those, a second reminder was sent, or the first window passed without payment. */
  neededMore: number;
  /** The first reminder's window is still open and nothing was sent yet: too early to say. */
  pending: number;
  /**
   * Of the invoices decided (all but the pending ones), the share that needed at most one reminder;
   * null with none decided.
   */
  rate: number | null;
  /** Days from the first reminder to the money sent, averaged over the ones answered; null with none. */
  averageDaysToPay: number | null;
}

const chasing = new Set(['reminder_sent', 'warning_sent']);

/** `contacts`: the client's own (partyId already matched). */
export function payerReminders(
  invoices: readonly PayerInvoice[],
  contacts: readonly Contact[],
  asOf: Day,
  windowDays: number = REMINDER_WINDOW_DAYS,
): PayerReminders {
  const chases = contacts
    .filter((c) => isLive(c) && chasing.has(c.kind) && c.initiatedBy === 'me' && c.on <= asOf)
    .map((c) => ({ on: c.on, jobId: c.jobId }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let needed = 0;
  let enoughWithOne = 0;
  let neededMore = 0;
  let pending = 0;
  let answeredDays = 0;
  let answered = 0;
  for (const invoice of invoices) {
    const theirs = chases.filter(
      (c) =>
        (c.jobId === null || c.jobId === invoice.jobId) &&
        c.on > invoice.dueOn &&
        (invoice.paidOn === null || c.on < invoice.paidOn),
    );
    const first = theirs[0];
    if (first === undefined) continue;
    needed += 1;
    const windowEnd = addDays(first.on, windowDays);
    if (invoice.paidOn !== null && invoice.paidOn <= windowEnd) {
      answered += 1;
      answeredDays += daysBetween(first.on, invoice.paidOn);
    }
    if (theirs.length > 1) neededMore += 1;
    else if (invoice.paidOn !== null && invoice.paidOn <= windowEnd) enoughWithOne += 1;
    else if (invoice.paidOn === null && windowEnd >= asOf) pending += 1;
    else neededMore += 1;
  }
  const decided = invoices.length - pending;
  return {
    invoices: invoices.length,
    needed,
    enoughWithOne,
    neededMore,
    pending,
    rate: decided === 0 ? null : (decided - neededMore) / decided,
    averageDaysToPay: answered === 0 ? null : answeredDays / answered,
  };
}

export const reminderVerdicts = [
  'never_needed',
  'one_enough',
  'sometimes_more',
  'more_needed',
  'waiting',
] as const;
export type ReminderVerdict = (typeof reminderVerdicts)[number];

/**
 * One word for the screen, ordered best first: never needed a reminder reads exactly as well as
 * "one is enough"; then one was enough at least as often as more were needed; then more needed;
 * `waiting` while the only reminders are still in their week.
 */
export function reminderVerdict(r: PayerReminders): ReminderVerdict {
  if (r.needed === 0) return 'never_needed';
  if (r.neededMore === 0) return r.enoughWithOne > 0 ? 'one_enough' : 'waiting';
  return r.enoughWithOne >= r.neededMore ? 'sometimes_more' : 'more_needed';
}
