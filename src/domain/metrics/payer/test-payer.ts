/** A client's ledger for the payer model's tests, built bill by bill from days, parsed like the app's. */
import { addDays } from '../../dates';
import type { Contact, Credit, Dispute, Job, Payment, PromiseToPay, WriteOff } from '../../records';
import { makeContact } from '../test-contacts';
import { CLIENT_ID, makeJob, makePayment, makeParty } from '../test-records';
import type { PayerLedger } from './payer-model';

export const client = makeParty();
export { CLIENT_ID };

/** A $1,000 job invoiced 30 days before it falls due on `dueOn`. */
export function billDue(dueOn: string, fields: Partial<Job> = {}): Job {
  const invoicedOn = addDays(dueOn, -30);
  return makeJob({ orderedOn: invoicedOn, invoicedOn, dueOn, ...fields });
}

/** The whole bill paid, sent and received on `on` (or received later with `receivedOn`). */
export function paid(job: Job, on: string, fields: Partial<Payment> = {}): Payment {
  return makePayment(on, [{ job, amount: 100_000 }], { sentOn: on, ...fields });
}

export function reminder(on: string, job: Job | null, fields: Partial<Contact> = {}): Contact {
  return makeContact(on, { jobId: job?.id ?? null, kind: 'reminder_sent', ...fields });
}

export interface Parts {
  jobs?: Job[];
  payments?: Payment[];
  credits?: Credit[];
  writeOffs?: WriteOff[];
  disputes?: Dispute[];
  promises?: PromiseToPay[];
  contacts?: Contact[];
}

export function ledgerOf(parts: Parts): PayerLedger {
  return {
    jobs: parts.jobs ?? [],
    payments: parts.payments ?? [],
    credits: parts.credits ?? [],
    writeOffs: parts.writeOffs ?? [],
    disputes: parts.disputes ?? [],
    promises: parts.promises ?? [],
    contacts: parts.contacts ?? [],
  };
}
