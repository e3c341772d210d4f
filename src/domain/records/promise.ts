/**
 * A promise to pay: an amount by a day, given on a call or in a message. Whether it was kept,
 * partly kept or broken is never stored: it follows from the payments the client sent by then.
 */
import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema, minorSchema } from '../money-schemas';
import { idSchema, storedShape, text } from './base';

export const promiseChannels = ['call', 'message', 'in_person'] as const;
export type PromiseChannel = (typeof promiseChannels)[number];

export const promiseFields = {
  partyId: idSchema,
  /** The job the money is for; null when promised against the client's balance as a whole. */
  jobId: idSchema.nullable(),
  madeOn: daySchema,
  dueOn: daySchema,
  amount: minorSchema.min(1, { error: 'not_positive' }),
  currency: currencySchema,
  via: z.enum(promiseChannels),
  note: text(2000),
};

function checkDue(promise: { madeOn: string; dueOn: string }, ctx: z.RefinementCtx) {
  if (promise.dueOn < promise.madeOn) {
    ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'before_made' });
  }
}

export const promiseInputSchema = z.strictObject(promiseFields).superRefine(checkDue);
export type PromiseInput = z.infer<typeof promiseInputSchema>;

export const promiseSchema = z.strictObject(storedShape(promiseFields)).superRefine(checkDue);
export type PromiseToPay = z.infer<typeof promiseSchema>;
