import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema, minorSchema } from '../money-schemas';
import { idSchema, requiredText, storedShape, text } from './base';
import { jobLineSchema, MAX_JOB_LINES, type JobLine } from './job-line';
import { linesTotal } from './job-lines';

/**
 * Where the work stands. What happened to the money (paid, credited, written off, in dispute) is
 * not a status: it follows from the payments, credits, write-offs and disputes recorded against it.
 */
export const jobStatuses = ['open', 'done', 'invoiced', 'cancelled'] as const;
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
  /** What was ordered, line by line; the job bills their sum. */
  lines: z
    .array(jobLineSchema)
    .min(1, { error: 'required' })
    .max(MAX_JOB_LINES, { error: 'too_many' }),
  currency: currencySchema,
  /** A deposit asked before the work starts; 0 when none. Paid by payments marked as deposits. */
  depositAsked: minorSchema,
  termsNetDays: z
    .int({ error: 'not_whole_days' })
    .min(0, { error: 'negative' })
    .max(365, { error: 'too_large' }),
  status: z.enum(jobStatuses),
  subcontractorId: idSchema.nullable(),
  problems: z
    .array(z.enum(jobProblems))
    .max(jobProblems.length)
    .refine((list) => new Set(list).size === list.length, { error: 'duplicate_choice' }),
  problemNote: text(2000),
  notes: text(5000),
};

type JobRules = {
  orderedOn: string;
  promisedOn: string | null;
  doneOn: string | null;
  invoicedOn: string | null;
  dueOn: string | null;
  lines: Pick<JobLine, 'quantity' | 'unitPrice'>[];
  depositAsked: number;
};

/** No date of a job may fall before the day it was ordered; no deposit may exceed the bill. */
function checkJob(job: JobRules, ctx: z.RefinementCtx) {
  for (const field of ['promisedOn', 'doneOn', 'invoicedOn', 'dueOn'] as const) {
    const value = job[field];
    if (value !== null && value < job.orderedOn) {
      ctx.addIssue({ code: 'custom', path: [field], message: 'before_ordered' });
    }
  }
  const billed = linesTotal(job.lines);
  // Only against a bill that makes sense: a broken line is reported at the lines instead.
  if (Number.isSafeInteger(billed) && billed >= 0 && job.depositAsked > billed) {
    ctx.addIssue({ code: 'custom', path: ['depositAsked'], message: 'over_billed' });
  }
}

export const jobInputSchema = z.strictObject(jobFields).superRefine(checkJob);
export type JobInput = z.infer<typeof jobInputSchema>;

export const jobSchema = z.strictObject(storedShape(jobFields)).superRefine(checkJob);
export type Job = z.infer<typeof jobSchema>;
