/** A fresh, uniquely named database per test, on fake-indexeddb. */
import { LedgerDb } from './database';
import type { PartyInput, JobInput, PaymentInput } from '../domain/records';
import { emptyParty, singleLine } from '../domain/records';

let counter = 0;

export function freshDb(): LedgerDb {
  counter += 1;
  return new LedgerDb(`test-${Date.now()}-${counter}`);
}

export function clientInput(overrides: Partial<PartyInput> = {}): PartyInput {
  return { ...emptyParty('client', { termsNetDays: 30 }), name: 'Ada Client', ...overrides };
}

export function jobInput(clientId: string, overrides: Partial<JobInput> = {}): JobInput {
  return {
    clientId,
    title: 'Fix the roof',
    orderedOn: '2026-03-01',
    promisedOn: null,
    doneOn: '2026-03-05',
    invoicedOn: '2026-03-06',
    dueOn: null,
    lines: [singleLine(150_000)],
    currency: 'USD',
    depositAsked: 0,
    termsNetDays: 30,
    status: 'invoiced',
    subcontractorId: null,
    problems: [],
    problemNote: '',
    notes: '',
    ...overrides,
  };
}

export function paymentInput(partyId: string, overrides: Partial<PaymentInput> = {}): PaymentInput {
  return {
    direction: 'client_to_me',
    partyId,
    sentOn: '2026-03-20',
    receivedOn: '2026-03-20',
    amount: 50_000,
    currency: 'USD',
    method: 'transfer',
    purpose: 'payment',
    allocations: [],
    reference: '',
    notes: '',
    ...overrides,
  };
}
