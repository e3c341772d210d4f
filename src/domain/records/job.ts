import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema, minorSchema } from '../money-schemas';
import { idSchema, requiredText, storedShape, text } from './base';

export const jobStatuses = [
  'open',
  'done',
  'invoiced',
  'paid',
  'disputed',
  'written_off',
  'cancelled',
] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const jobProblems = [
  'late',
  'not_done',
  'done_badly',
  'redone_by_client',
  'complaint',
  'subcontractor_fault',
] as const;
export type JobProblem = (typeof jobProblems)[number];

export const jobFields = {
  clientId: idSchema,
  title: requiredText(200),
  orderedOn: daySchema,
  promisedOn: daySchema.nullable(),
  doneOn: daySchema.nullable(),
  invoicedOn: daySchema.nullable(),
  /** An agreed due date; when empty the due date follows from the invoice date and the terms. */
  dueOn: daySchema.nullable(),
  amount: minorSchema,
  currency: currencySchema,
  termsNetDays: z
    .int({ error: 'not_whole_days' })
    .min(0, { error: 'negative' })
    .max(365, { error: 'too_large' }),
  status: z.enum(jobStatuses),
  subcontractorId: idSchema.nullable(),
  subcontractorCost: minorSchema,
  problems: z
    .array(z.enum(jobProblems))
    .max(jobProblems.length)
    .refine((list) => new Set(list).size === list.length, { error: 'duplicate_choice' }),
  problemNote: text(2000),
  notes: text(5000),
};

type JobDates = {
  orderedOn: string;
  promisedOn: string | null;
  doneOn: string | null;
  invoicedOn: string | null;
  dueOn: string | null;
};

/** No date of a job may fall before the day it was ordered. */
function checkDateOrder(job: JobDates, ctx: z.RefinementCtx) {
  for (const field of ['promisedOn', 'doneOn', 'invoicedOn', 'dueOn'] as const) {
    const value = job[field];
    if (value !== null && value < job.orderedOn) {
      ctx.addIssue({ code: 'custom', path: [field], message: 'before_ordered' });
    }
  }
}

export const jobInputSchema = z.strictObject(jobFields).superRefine(checkDateOrder);
export type JobInput = z.infer<typeof jobInputSchema>;

export const jobSchema = z.strictObject(storedShape(jobFields)).superRefine(checkDateOrder);
export type Job = z.infer<typeof jobSchema>;
