/**
 * Records for the documents' tests, each parsed by its stored schema so a fixture the app could
 * never store fails loudly. Every amount is in minor units.
 */
import {
  creditSchema,
  jobSchema,
  partySchema,
  paymentSchema,
  singleLine,
  writeOffSchema,
  type Credit,
  type Id,
  type Job,
  type Party,
  type Payment,
  type WriteOff,
} from '../records';

export function testId(n: number): Id {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export const CLIENT = testId(1);
const CREATED = '2026-01-01T12:00:00.000Z';
let next = 100;
const stored = () => ({
  id: testId(++next),
  createdAt: CREATED,
  updatedAt: CREATED,
  deletedAt: null,
  stamps: {},
});

export function makeClient(fields: Partial<Party> = {}): Party {
  return partySchema.parse({
    ...stored(),
    id: CLIENT,
    kind: 'client',
    name: 'Acme Bakery',
    email: '',
    phone: '',
    address: '',
    addressConfirmedOn: null,
    termsNetDays: 30,
    depositPercent: 0,
    lateFeeKind: 'none',
    lateFeeFlat: 0,
    lateFeeRateBasisPoints: 0,
    lateFeeGraceDays: 0,
    documentLanguage: null,
    relationshipStart: null,
    referredById: null,
    notes: '',
    archived: false,
    ...fields,
  });
}

/** An invoiced one-line job of `amount`, invoiced on `invoicedOn`, due 30 days later. */
export function makeJob(amount: number, invoicedOn: string, fields: Partial<Job> = {}): Job {
  return jobSchema.parse({
    ...stored(),
    clientId: CLIENT,
    title: 'Field orders',
    orderedOn: '2026-01-01',
    promisedOn: null,
    doneOn: invoicedOn,
    invoicedOn,
    dueOn: null,
    lines: [singleLine(amount)],
    currency: 'USD',
    depositAsked: 0,
    termsNetDays: 30,
    status: 'invoiced',
    subcontractorId: null,
    problems: [],
    problemNote: '',
    notes: '',
    ...fields,
  });
}

/** A payment from the client, received the day it was sent unless told otherwise. */
export function makePayment(
  amount: number,
  sentOn: string,
  allocations: { jobId: Id; amount: number }[],
  fields: Partial<Payment> = {},
): Payment {
  return paymentSchema.parse({
    ...stored(),
    direction: 'client_to_me',
    partyId: CLIENT,
    sentOn,
    receivedOn: sentOn,
    amount,
    currency: 'USD',
    method: 'transfer',
    purpose: 'payment',
    allocations,
    reference: '',
    notes: '',
    ...fields,
  });
}

export function makeCredit(
  amount: number,
  on: string,
  jobId: Id | null,
  fields: Partial<Credit> = {},
): Credit {
  return creditSchema.parse({
    ...stored(),
    partyId: CLIENT,
    jobId,
    on,
    amount,
    currency: 'USD',
    reason: 'goodwill',
    note: '',
    ...fields,
  });
}

export function makeWriteOff(amount: number, on: string, jobId: Id): WriteOff {
  return writeOffSchema.parse({
    ...stored(),
    partyId: CLIENT,
    jobId,
    on,
    amount,
    currency: 'USD',
    note: '',
  });
}
