/**
 * A credit: money the owner lets a client off, against one job or the client as a whole. It never
 * rewrites what was billed: what a job owes is its bill less its credits, write-offs and payments.
 */
import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema, minorSchema } from '../money-schemas';
import { idSchema, storedShape, text } from './base';

/**
 * Why it was given. Every reason but `error` is goodwill: the owner chose to give up money they
 * were owed. `late_fee_waived` gives up a late fee, not part of the bill.
 */
export const creditReasons = [
  'goodwill',
  'dispute_settled',
  'error',
  'future_discount',
  'late_fee_waived',
] as const;
export type CreditReason = (typeof creditReasons)[number];

export const creditFields = {
  partyId: idSchema,
  /** The job it is against; null for a credit on the client's account (used on a later job). */
  jobId: idSchema.nullable(),
  on: daySchema,
  amount: minorSchema.min(1, { error: 'not_positive' }),
  currency: currencySchema,
  reason: z.enum(creditReasons),
  note: text(2000),
};

export const creditInputSchema = z.strictObject(creditFields);
export type CreditInput = z.infer<typeof creditInputSchema>;

export const creditSchema = z.strictObject(storedShape(creditFields));
export type Credit = z.infer<typeof creditSchema>;
