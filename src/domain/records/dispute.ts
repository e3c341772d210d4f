/**
 * A dispute: the client questions a job's bill. While open the job stays in aging, shown apart;
 * resolving it records how. Whether it was raised before the bill was due or only once chased is
 * not stored: it follows from the day raised, the due date and the reminders sent.
 */
import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { minorSchema } from '../money-schemas';
import { idSchema, storedShape, text } from './base';

export const disputeResolutions = ['paid', 'credited', 'written_off', 'withdrawn'] as const;
export type DisputeResolution = (typeof disputeResolutions)[number];

export const disputeFields = {
  partyId: idSchema,
  jobId: idSchema,
  raisedOn: daySchema,
  /** How much of the bill is questioned, in the job's currency. */
  amount: minorSchema.min(1, { error: 'not_positive' }),
  reason: text(2000),
  resolvedOn: daySchema.nullable(),
  resolution: z.enum(disputeResolutions).nullable(),
};

function checkResolution(
  dispute: { raisedOn: string; resolvedOn: string | null; resolution: string | null },
  ctx: z.RefinementCtx,
) {
  if (dispute.resolvedOn !== null && dispute.resolvedOn < dispute.raisedOn) {
    ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: 'before_raised' });
  }
  if ((dispute.resolvedOn === null) !== (dispute.resolution === null)) {
    const path = dispute.resolvedOn === null ? 'resolvedOn' : 'resolution';
    ctx.addIssue({ code: 'custom', path: [path], message: 'required' });
  }
}

export const disputeInputSchema = z.strictObject(disputeFields).superRefine(checkResolution);
export type DisputeInput = z.infer<typeof disputeInputSchema>;

export const disputeSchema = z
  .strictObject(storedShape(disputeFields))
  .superRefine(checkResolution);
export type Dispute = z.infer<typeof disputeSchema>;
