/**
 * Builds real records for the metric tests: every field filled with a plain default, then parsed by
 * the stored schemas, so a fixture the app could never store fails loudly instead of passing quietly.
 */
import {
  jobSchema,
  partySchema,
  paymentSchema,
  type Id,
  type Job,
  type Party,
  type Payment,
} from '../records';

/** A readable, valid UUID: testId(7) is …-000000000007. */
export function testId(n: number): Id {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export const CLIENT_ID = testId(1);
export const OTHER_CLIENT_ID = testId(2);

let nextId = 1000;
function freshId(): Id {
  nextId += 1;
  return testId(nextId);
}

const CREATED = '2025-01-01T12:00:00.000Z';
export const DELETED = '2026-01-02T12:00:00.000Z';

export function makeParty(fields: Partial<Party> = {}): Party {
  return partySchema.parse({
    id: CLIENT_ID,
    createdAt: CREATED,
    updatedAt: CREATED,
    deletedAt: null,
    stamps: {},
    kind: 'client',
    name: 'Acme Bakery',
    email: '',
    phone: '',
    address: '',
    addressConfirmedOn: null,
    termsNetDays: 30,
    depositPercent: 0,
    relationshipStart: null,
    referredById: null,
    notes: '',
    archived: false,
    ...fields,
  });
}

/** An invoiced job of 1000.00 USD ordered on 2026-01-01, unless told otherwise. */
export function makeJob(fields: Partial<Job> = {}): Job {
  return jobSchema.parse({
    id: freshId(),
    createdAt: CREATED,
    updatedAt: CREATED,
    deletedAt: null,
    stamps: {},
    clientId: CLIENT_ID,
    title: 'Shop sign',
    orderedOn: '2026-01-01',
    promisedOn: null,
    doneOn: null,
    invoicedOn: null,
    dueOn: null,
    amount: 100000,
    currency: 'USD',
    termsNetDays: 30,
    status: 'invoiced',
    subcontractorId: null,
    subcontractorCost: 0,
    problems: [],
    problemNote: '',
    notes: '',
    ...fields,
  });
}

/**
 * A received payment from the client in USD, wholly allocated unless an amount is given.
 * `to` lists the jobs it pays and how much goes to each.
 */
export function makePayment(
  paidOn: string,
  to: { job: Job; amount: number }[],
  fields: Partial<Payment> = {},
): Payment {
  const allocations = to.map(({ job, amount }) => ({ jobId: job.id, amount }));
  return paymentSchema.parse({
    id: freshId(),
    createdAt: CREATED,
    updatedAt: CREATED,
    deletedAt: null,
    stamps: {},
    direction: 'client_to_me',
    partyId: CLIENT_ID,
    paidOn,
    amount: allocations.reduce((sum, a) => sum + a.amount, 0),
    currency: 'USD',
    method: 'transfer',
    state: 'received',
    allocations,
    reference: '',
    notes: '',
    ...fields,
  });
}
