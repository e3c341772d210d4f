/**
 * Builds real records for the metric tests: every field filled with a plain default, then parsed by
 * the stored schemas, so a fixture the app could never store fails loudly instead of passing quietly.
 * Shared with other folders' tests: a job is given `amount` for one line, or `lines` in full.
 */
import {
  creditSchema,
  disputeSchema,
  jobSchema,
  partySchema,
  paymentSchema,
  promiseSchema,
  singleLine,
  writeOffSchema,
  type Credit,
  type Dispute,
  type Id,
  type Job,
  type Party,
  type Payment,
  type PromiseToPay,
  type WriteOff,
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

const stored = () => ({
  id: freshId(),
  createdAt: CREATED,
  updatedAt: CREATED,
  deletedAt: null,
  stamps: {},
});

export function makeParty(fields: Partial<Party> = {}): Party {
  return partySchema.parse({
    ...stored(),
    id: CLIENT_ID,
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

/** Shorthands for a job of one line: `amount` billed, `subcontractorCost` paid for it. */
export interface JobShorthand {
  amount?: number;
  subcontractorCost?: number;
}

/**
 * An invoiced job of 1000.00 USD (one line) ordered on 2026-01-01, unless told otherwise. Give
 * `amount` for a one-line job of that amount, or `lines` for the lines themselves.
 */
export function makeJob(fields: Partial<Job> & JobShorthand = {}): Job {
  const { amount = 100000, subcontractorCost = 0, ...rest } = fields;
  return jobSchema.parse({
    ...stored(),
    clientId: CLIENT_ID,
    title: 'Shop sign',
    orderedOn: '2026-01-01',
    promisedOn: null,
    doneOn: null,
    invoicedOn: null,
    dueOn: null,
    lines: [singleLine(amount, subcontractorCost)],
    currency: 'USD',
    depositAsked: 0,
    termsNetDays: 30,
    status: 'invoiced',
    subcontractorId: null,
    problems: [],
    problemNote: '',
    notes: '',
    ...rest,
  });
}

/**
 * A payment from the client in USD, sent and received on `receivedOn`, wholly allocated unless an
 * amount is given. `to` lists the jobs it pays and how much goes to each. Pass `sentOn` for a
 * payment sent earlier, or `receivedOn: null` for one still on its way.
 */
export function makePayment(
  receivedOn: string,
  to: { job: Job; amount: number }[],
  fields: Partial<Payment> = {},
): Payment {
  const allocations = to.map(({ job, amount }) => ({ jobId: job.id, amount }));
  return paymentSchema.parse({
    ...stored(),
    direction: 'client_to_me',
    partyId: CLIENT_ID,
    sentOn: receivedOn,
    receivedOn,
    amount: allocations.reduce((sum, a) => sum + a.amount, 0),
    currency: 'USD',
    method: 'transfer',
    purpose: 'payment',
    allocations,
    reference: '',
    notes: '',
    ...fields,
  });
}

/** A goodwill credit in USD against `job` (or the client's account when `job` is null). */
export function makeCredit(
  on: string,
  job: Job | null,
  amount: number,
  fields: Partial<Credit> = {},
): Credit {
  return creditSchema.parse({
    ...stored(),
    partyId: job?.clientId ?? CLIENT_ID,
    jobId: job?.id ?? null,
    on,
    amount,
    currency: job?.currency ?? 'USD',
    reason: 'goodwill',
    note: '',
    ...fields,
  });
}

/** Bad debt written off on `job`. */
export function makeWriteOff(
  on: string,
  job: Job,
  amount: number,
  fields: Partial<WriteOff> = {},
): WriteOff {
  return writeOffSchema.parse({
    ...stored(),
    partyId: job.clientId,
    jobId: job.id,
    on,
    amount,
    currency: job.currency,
    note: '',
    ...fields,
  });
}

/** An open dispute over `amount` of `job`, raised on `raisedOn`. */
export function makeDispute(
  raisedOn: string,
  job: Job,
  amount: number,
  fields: Partial<Dispute> = {},
): Dispute {
  return disputeSchema.parse({
    ...stored(),
    partyId: job.clientId,
    jobId: job.id,
    raisedOn,
    amount,
    reason: '',
    resolvedOn: null,
    resolution: null,
    ...fields,
  });
}

/** A promise made on `madeOn` to pay `amount` USD by `dueOn`, against the client's balance. */
export function makePromise(
  madeOn: string,
  dueOn: string,
  amount: number,
  fields: Partial<PromiseToPay> = {},
): PromiseToPay {
  return promiseSchema.parse({
    ...stored(),
    partyId: CLIENT_ID,
    jobId: null,
    madeOn,
    dueOn,
    amount,
    currency: 'USD',
    via: 'call',
    note: '',
    ...fields,
  });
}

/** Money records for jobBalances and the figures: payments and, when given, the rest. */
export function moneyOf(
  payments: readonly Payment[] = [],
  rest: {
    credits?: readonly Credit[];
    writeOffs?: readonly WriteOff[];
    disputes?: readonly Dispute[];
  } = {},
) {
  return {
    payments,
    credits: rest.credits ?? [],
    writeOffs: rest.writeOffs ?? [],
    disputes: rest.disputes ?? [],
  };
}
