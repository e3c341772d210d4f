/**
 * A write-off: bad debt, money on a job that will not be collected. It is not goodwill (the owner
 * did not choose to give it) and is kept apart from credits in every figure, chart and export.
 */
import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema, minorSchema } from '../money-schemas';
import { idSchema, storedShape, text } from './base';

export const writeOffFields = {
  partyId: idSchema,
  jobId: idSchema,
  on: daySchema,
  amount: minorSchema.min(1, { error: 'not_positive' }),
  currency: currencySchema,
  note: text(2000),
};

export const writeOffInputSchema = z.strictObject(writeOffFields);
export type WriteOffInput = z.infer<typeof writeOffInputSchema>;

export const writeOffSchema = z.strictObject(storedShape(writeOffFields));
export type WriteOff = z.infer<typeof writeOffSchema>;
