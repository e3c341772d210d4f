import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { idSchema, storedShape, text } from './base';

/** Dated touchpoints: who reaches out, and whether a reminder was enough, tell keep from part. */
export const contactKinds = [
  'reminder_sent',
  'warning_sent',
  'client_called_first',
  'promise_to_pay',
  'complaint',
  'referral',
  'note',
] as const;
export type ContactKind = (typeof contactKinds)[number];

export const contactInitiators = ['me', 'them'] as const;
export type ContactInitiator = (typeof contactInitiators)[number];

export const contactFields = {
  partyId: idSchema,
  jobId: idSchema.nullable(),
  on: daySchema,
  kind: z.enum(contactKinds),
  initiatedBy: z.enum(contactInitiators),
  /** For a promise to pay: the day they promised; for a warning: the deadline it gave. */
  promisedOn: daySchema.nullable(),
  /** For a referral: the party they sent our way. */
  referredPartyId: idSchema.nullable(),
  note: text(2000),
};

export const contactInputSchema = z.strictObject(contactFields);
export type ContactInput = z.infer<typeof contactInputSchema>;

export const contactSchema = z.strictObject(storedShape(contactFields));
export type Contact = z.infer<typeof contactSchema>;

/** Who usually starts each kind of contact; the form pre-selects it. */
export function defaultInitiator(kind: ContactKind): ContactInitiator {
  return kind === 'client_called_first' ||
    kind === 'promise_to_pay' ||
    kind === 'complaint' ||
    kind === 'referral'
    ? 'them'
    : 'me';
}
