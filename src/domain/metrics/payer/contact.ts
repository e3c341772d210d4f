/**
 * Who gets in touch first over the window (contact-initiative's reading of the same contacts), and
 * whether the client, when they named a day to pay, met it. A day is named by a promise to pay or
 * by a contact with a promised day; a contact logged for the very promise recorded (same day, same
 * day promised, same job) is one date, not two. Money counts on the day it was sent.
 */
import type { Day } from '../../dates';
import type { Contact, Payment, PromiseToPay } from '../../records';
import { isLive } from '../../records/live';
import { contactInitiative, type ContactInitiative } from '../contact-initiative';
import { promiseOutcome } from '../promises';

export interface PayerContact {
  initiative: ContactInitiative;
  /** Days to pay the client named in the window (promises made, contacts with a promised day). */
  datesGiven: number;
  /** Paid in full (a promise) or something sent (a named day) by the day named. */
  datesMet: number;
  /** The day passed without it. */
  datesMissed: number;
  /** The day has not come yet. */
  datesOpen: number;
}

function sentBy(contact: Contact, promisedOn: Day, payments: readonly Payment[]): boolean {
  return payments.some(
    (p) =>
      isLive(p) &&
      p.direction === 'client_to_me' &&
      p.sentOn >= contact.on &&
      p.sentOn <= promisedOn &&
      (contact.jobId === null || p.allocations.some((a) => a.jobId === contact.jobId)),
  );
}

/** The client's own contacts, promises and payments (partyId already matched). */
export function payerContact(
  contacts: readonly Contact[],
  promises: readonly PromiseToPay[],
  payments: readonly Payment[],
  window: { from: Day },
  asOf: Day,
  clientId: string,
): PayerContact {
  const inWindow = contacts.filter((c) => c.on >= window.from && c.on <= asOf);
  const result: PayerContact = {
    initiative: contactInitiative(clientId, inWindow, asOf),
    datesGiven: 0,
    datesMet: 0,
    datesMissed: 0,
    datesOpen: 0,
  };
  const made = promises.filter((p) => isLive(p) && p.madeOn >= window.from && p.madeOn <= asOf);
  for (const promise of made) {
    const { status } = promiseOutcome(promise, payments, asOf);
    result.datesGiven += 1;
    if (status === 'kept') result.datesMet += 1;
    else if (status === 'open') result.datesOpen += 1;
    else result.datesMissed += 1;
  }
  for (const contact of inWindow) {
    const day = contact.promisedOn;
    // A warning's day is the deadline I gave, not a day they named.
    if (!isLive(contact) || day === null || contact.kind === 'warning_sent') continue;
    const recorded = made.some(
      (p) => p.madeOn === contact.on && p.dueOn === day && (p.jobId ?? null) === contact.jobId,
    );
    if (recorded) continue;
    result.datesGiven += 1;
    if (sentBy(contact, day, payments)) result.datesMet += 1;
    else if (day >= asOf) result.datesOpen += 1;
    else result.datesMissed += 1;
  }
  return result;
}
