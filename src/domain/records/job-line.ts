/**
 * One line of a job: what was ordered (quantity × unit price) and, per unit, what happened to it.
 * Units not marked late, done by the client or not done were delivered on time. A simple job is
 * one line of quantity 1, so it is entered as quickly as a single amount.
 */
import { z } from 'zod';
import { MAX_MINOR } from '../money';
import { minorSchema } from '../money-schemas';
import { inKeyOrder, text } from './base';
import { isQuantity, MAX_QUANTITY, quantityTimes } from './quantity';

const quantitySchema = z
  .number({ error: 'not_a_number' })
  .refine(Number.isFinite, { error: 'not_a_number' })
  .refine((v) => v >= 0, { error: 'negative' })
  .refine((v) => v <= MAX_QUANTITY, { error: 'too_large' })
  .refine(isQuantity, { error: 'too_precise' });

export const jobLineFields = {
  description: text(200),
  quantity: quantitySchema.refine((v) => v > 0, { error: 'not_positive' }),
  /** What one unit is called ("order", "hour"); empty for a job billed as a whole. */
  unit: text(40),
  unitPrice: minorSchema,
  /** What the subcontractor is paid per unit of this line; 0 when the owner did it. */
  subcontractorUnitCost: minorSchema,
  /** Of the quantity: delivered, but after the promised day. */
  late: quantitySchema,
  /** Of the quantity: the client did it themselves (their own staff) instead. */
  doneByClient: quantitySchema,
  /** Of the quantity: nobody did it. */
  notDone: quantitySchema,
};

export interface JobLineOutcome {
  quantity: number;
  late: number;
  doneByClient: number;
  notDone: number;
}

/** Late units were delivered, so late, done by the client and not done together fit the quantity. */
function checkOutcome(line: JobLineOutcome & { unitPrice: number }, ctx: z.RefinementCtx) {
  const accounted = Math.round((line.late + line.doneByClient + line.notDone) * 100);
  if (accounted > Math.round(line.quantity * 100)) {
    for (const field of ['late', 'doneByClient', 'notDone'] as const) {
      if (line[field] > 0)
        ctx.addIssue({ code: 'custom', path: [field], message: 'over_quantity' });
    }
  }
  if (quantityTimes(line.quantity, line.unitPrice) > MAX_MINOR) {
    ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: 'too_large' });
  }
}

// In key order: a job's lines are most of what the export writes (base.ts, inKeyOrder).
export const jobLineSchema = z.strictObject(inKeyOrder(jobLineFields)).superRefine(checkOutcome);
export type JobLine = z.infer<typeof jobLineSchema>;

export const MAX_JOB_LINES = 200;
