/**
 * Records for the job and payment screens' tests, on the version 2 shapes: every field filled with a
 * plain default, then parsed by the stored schemas, so a record the app could never store fails.
 */
import {
  creditSchema,
  disputeSchema,
  jobSchema,
  paymentSchema,
  singleLine,
  writeOffSchema,
  type Credit,
  type Dispute,
  type Job,
  type Payment,
  type WriteOff,
} from '../domain/records';

export function testId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
export const CLIENT_ID = testId(1);
const CREATED = '2025-01-01T12:00:00.000Z';
let next = 5000;
const base = () => ({
  id: testId(++next),
  createdAt: CREATED,
  updatedAt: CREATED,
  deletedAt: null,
  stamps: {},
});

/** An invoiced job billing one line of 1000.00 USD, ordered 2026-01-01 (billed from then). */
export function makeJob(fields: Partial<Job> = {}): Job {
  return jobSchema.parse({
    ...base(),
    clientId: CLIENT_ID,
    title: 'Shop sign',
    orderedOn: '2026-01-01',
    promisedOn: null,
    doneOn: null,
    invoicedOn: null,
    dueOn: null,
    lines: [singleLine(100000)],
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

/** A client's payment sent and received on `on`, allocated as told. */
export function makePayment(
  on: string,
  allocations: { job: Job; amount: number }[],
  fields: Partial<Payment> = {},
): Payment {
  return paymentSchema.parse({
    ...base(),
    direction: 'client_to_me',
    partyId: CLIENT_ID,
    sentOn: on,
    receivedOn: on,
    amount: allocations.reduce((sum, a) => sum + a.amount, 0),
    currency: 'USD',
    method: 'transfer',
    purpose: 'payment',
    allocations: allocations.map((a) => ({ jobId: a.job.id, amount: a.amount })),
    reference: '',
    notes: '',
    ...fields,
  });
}

export function makeCredit(
  job: Job,
  on: string,
  amount: number,
  fields: Partial<Credit> = {},
): Credit {
  return creditSchema.parse({
    ...base(),
    partyId: job.clientId,
    jobId: job.id,
    on,
    amount,
    currency: job.currency,
    reason: 'goodwill',
    note: '',
    ...fields,
  });
}

export function makeWriteOff(job: Job, on: string, amount: number): WriteOff {
  return writeOffSchema.parse({
    ...base(),
    partyId: job.clientId,
    jobId: job.id,
    on,
    amount,
    currency: job.currency,
    note: '',
  });
}

export function makeDispute(
  job: Job,
  raisedOn: string,
  amount: number,
  fields: Partial<Dispute> = {},
): Dispute {
  return disputeSchema.parse({
    ...base(),
    partyId: job.clientId,
    jobId: job.id,
    raisedOn,
    amount,
    reason: 'Two orders were late',
    resolvedOn: null,
    resolution: null,
    ...fields,
  });
}
