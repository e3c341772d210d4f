/**
 * A numbered invoice for one or more of a client's jobs. Its number is a series and a sequence:
 * each device issues from its own series, so two devices offline never hand out the same number,
 * and a number once issued is never reused (a voided or deleted invoice keeps it).
 */
import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema } from '../money-schemas';
import { idSchema, storedShape, text } from './base';

export const documentLanguages = ['en', 'ru'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

export const invoiceSeriesSchema = z
  .string()
  .regex(/^[A-Z0-9]{1,8}$/, { message: 'invalid_series' });

export const invoiceFields = {
  partyId: idSchema,
  series: invoiceSeriesSchema,
  sequence: z
    .int({ error: 'not_whole' })
    .min(1, { error: 'not_positive' })
    .max(999_999_999, { error: 'too_large' }),
  issuedOn: daySchema,
  dueOn: daySchema,
  jobIds: z
    .array(idSchema)
    .min(1, { error: 'required' })
    .max(100, { error: 'too_many' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'duplicate_job' }),
  currency: currencySchema,
  language: z.enum(documentLanguages),
  note: text(2000),
  /** The day it was voided (issued in error); the number stays taken. */
  voidedOn: daySchema.nullable(),
};

function checkDates(
  invoice: { issuedOn: string; dueOn: string; voidedOn: string | null },
  ctx: z.RefinementCtx,
) {
  if (invoice.dueOn < invoice.issuedOn) {
    ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'before_issued' });
  }
  if (invoice.voidedOn !== null && invoice.voidedOn < invoice.issuedOn) {
    ctx.addIssue({ code: 'custom', path: ['voidedOn'], message: 'before_issued' });
  }
}

export const invoiceInputSchema = z.strictObject(invoiceFields).superRefine(checkDates);
export type InvoiceInput = z.infer<typeof invoiceInputSchema>;

export const invoiceSchema = z.strictObject(storedShape(invoiceFields)).superRefine(checkDates);
export type Invoice = z.infer<typeof invoiceSchema>;
