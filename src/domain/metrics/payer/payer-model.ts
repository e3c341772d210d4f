/**
 * One reading of how a client pays, shared by the scorecard, Home's dashboard, the insights and
 * the worksheets, so the screens and the advice never disagree. Pure: from the client's records,
 * a day and the owner's grace days.
 *
 * - window: the invoices due in the last 12 months, or the last 6 when fewer (window.ts);
 * - lateness: share late beyond the grace, typical and worst days beyond it, a trend over the same
 *   window (lateness.ts), money counted on the day it was sent (invoices.ts);
 * - reminders: per invoice, needed or not, one enough or not (reminders.ts);
 * - promises kept, partly kept, broken and open, due in the window (promises.ts's counts);
 * - contact: who gets in touch first over the window, dates named and met (contact.ts);
 * - grievances: complaints and disputes once each over the whole relationship (grievances.ts).
 *
 * Each part is its own module so a screen can import only what it shows; none builds a schema.
 */
import { addDays, type Day } from '../../dates';
import type { Contact, Id, Job, Party } from '../../records';
import type { ClientRecords } from '../party-figures';
import { promiseCounts, type PromiseCounts } from '../promises';
import { moneyOfParty, promisesOfParty } from '../records-of-party';
import { clientLateness } from './client-lateness';
import { payerContact, type PayerContact } from './contact';
import { payerGrievances, type PayerGrievances } from './grievances';
import type { PayerInvoice } from './invoices';
import type { PayerLateness } from './lateness';
import { payerReminders, type PayerReminders } from './reminders';
import type { PayerWindow } from './window';

/** The records the payer model reads; the whole ledger (or a party's slice of it) will do. */
export interface PayerLedger extends ClientRecords {
  jobs: readonly Job[];
  contacts: readonly Contact[];
}

export interface PayerOptions {
  /** Days after the due date before a payment counts as late (the owner's setting). */
  graceDays: number;
  /** The jobs being decided: their complaints and disputes are not counted as "before". */
  exceptJobIds?: readonly Id[];
}

export interface PayerModel {
  clientId: Id;
  asOf: Day;
  graceDays: number;
  window: PayerWindow;
  /** The window's invoices, oldest due first. */
  invoices: readonly PayerInvoice[];
  lateness: PayerLateness;
  reminders: PayerReminders;
  /** Promises made by `asOf` and due in the window. */
  promises: PromiseCounts;
  contact: PayerContact;
  grievances: PayerGrievances;
}

const contactsByLedger = new WeakMap<readonly Contact[], Map<Id, Contact[]>>();

/** The client's contacts, grouped once per list like the other records of a party. */
function contactsOf(contacts: readonly Contact[], clientId: Id): readonly Contact[] {
  let groups = contactsByLedger.get(contacts);
  if (!groups) {
    groups = new Map();
    for (const c of contacts) {
      const list = groups.get(c.partyId);
      if (list) list.push(c);
      else groups.set(c.partyId, [c]);
    }
    contactsByLedger.set(contacts, groups);
  }
  return groups.get(clientId) ?? [];
}

export function payerModel(
  client: Pick<Party, 'id'>,
  ledger: PayerLedger,
  asOf: Day,
  options: PayerOptions,
): PayerModel {
  const graceDays = options.graceDays;
  const money = moneyOfParty(ledger, client.id);
  const contacts = contactsOf(ledger.contacts, client.id);
  const promises = promisesOfParty(ledger.promises, client.id);
  const { window, invoices, lateness } = clientLateness(
    client.id,
    ledger.jobs,
    ledger,
    asOf,
    graceDays,
  );
  return {
    clientId: client.id,
    asOf,
    graceDays,
    window,
    invoices,
    lateness,
    reminders: payerReminders(invoices, contacts, asOf),
    promises: promiseCounts(client.id, promises, money.payments, asOf, addDays(window.from, -1)),
    contact: payerContact(contacts, promises, money.payments, window, asOf, client.id),
    grievances: payerGrievances(contacts, money.disputes, asOf, options.exceptJobIds),
  };
}
