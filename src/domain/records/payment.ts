import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema, minorSchema } from '../money-schemas';
import { idSchema, storedShape, text } from './base';
import type { JobInput } from './job';

/** Which way the money moved, seen from the owner of the business. */
export const paymentDirections = [
  'client_to_me',
  'me_to_client',
  'me_to_sub',
  'sub_to_me',
] as const;
export type PaymentDirection = (typeof paymentDirections)[number];

export const paymentMethods = ['cheque', 'transfer', 'card', 'cash', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/**
 * Why the money moved. A refund gives back money paid; a goodwill payment is the owner paying a
 * client to keep their trust; a charge-back is a subcontractor paying back for work they let down.
 */
export const paymentPurposes = ['payment', 'deposit', 'refund', 'goodwill', 'charge_back'] as const;
export type PaymentPurpose = (typeof paymentPurposes)[number];

/** The purposes that fit each direction; the first is the form's default. */
export const purposesByDirection: Record<PaymentDirection, readonly PaymentPurpose[]> = {
  client_to_me: ['payment', 'deposit'],
  me_to_client: ['refund', 'goodwill'],
  me_to_sub: ['payment', 'deposit'],
  sub_to_me: ['charge_back', 'refund'],
};

// In key order, as the export writes it (base.ts, inKeyOrder).
export const allocationSchema = z.strictObject({
  amount: minorSchema.min(1, { error: 'not_positive' }),
  jobId: idSchema,
});
export type Allocation = z.infer<typeof allocationSchema>;

export const paymentFields = {
  direction: z.enum(paymentDirections),
  partyId: idSchema,
  /** The day the payer sent it (a cheque posted, a transfer made). */
  sentOn: daySchema,
  /** The day it arrived; null while on its way (a cheque in the mail), when it settles nothing yet. */
  receivedOn: daySchema.nullable(),
  amount: minorSchema.min(1, { error: 'not_positive' }),
  currency: currencySchema,
  method: z.enum(paymentMethods),
  purpose: z.enum(paymentPurposes),
  /** The jobs this payment settles and how much of it goes to each; the rest is unallocated. */
  allocations: z.array(allocationSchema).max(500),
  reference: text(200),
  notes: text(2000),
};

interface PaymentRules {
  direction: PaymentDirection;
  purpose: PaymentPurpose;
  sentOn: string;
  receivedOn: string | null;
  amount: number;
  allocations: Allocation[];
}

function checkPayment(payment: PaymentRules, ctx: z.RefinementCtx) {
  if (payment.receivedOn !== null && payment.receivedOn < payment.sentOn) {
    ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'before_sent' });
  }
  if (!purposesByDirection[payment.direction].includes(payment.purpose)) {
    ctx.addIssue({ code: 'custom', path: ['purpose'], message: 'not_for_direction' });
  }
  const total = payment.allocations.reduce((sum, a) => sum + a.amount, 0);
  if (total > payment.amount) {
    ctx.addIssue({ code: 'custom', path: ['allocations'], message: 'over_allocated' });
  }
  const ids = new Set(payment.allocations.map((a) => a.jobId));
  if (ids.size !== payment.allocations.length) {
    ctx.addIssue({ code: 'custom', path: ['allocations'], message: 'duplicate_job' });
  }
}

export const paymentInputSchema = z.strictObject(paymentFields).superRefine(checkPayment);
export type PaymentInput = z.infer<typeof paymentInputSchema>;

export const paymentSchema = z.strictObject(storedShape(paymentFields)).superRefine(checkPayment);
export type Payment = z.infer<typeof paymentSchema>;

/**
 * What is wrong, if anything, with a payment settling these jobs (those that exist): a payment
 * settles only jobs of the party it came from or went to, and sums never mix currencies.
 */
export function allocationProblem(
  payment: Pick<PaymentInput, 'direction' | 'partyId' | 'currency'>,
  jobs: readonly (Pick<JobInput, 'clientId' | 'subcontractorId' | 'currency'> | undefined)[],
): 'not_their_job' | 'currency_mismatch' | null {
  const forClient = payment.direction === 'client_to_me' || payment.direction === 'me_to_client';
  const party = (job: Pick<JobInput, 'clientId' | 'subcontractorId'>) =>
    forClient ? job.clientId : job.subcontractorId;
  if (jobs.some((job) => job && party(job) !== payment.partyId)) return 'not_their_job';
  if (jobs.some((job) => job && job.currency !== payment.currency)) return 'currency_mismatch';
  return null;
}
