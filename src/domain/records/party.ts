import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { idSchema, requiredText, storedShape, text } from './base';

export const partyKinds = ['client', 'subcontractor'] as const;
export type PartyKind = (typeof partyKinds)[number];

const emailSchema = text(200).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
  error: 'invalid_email',
});

export const partyFields = {
  kind: z.enum(partyKinds),
  name: requiredText(200),
  email: emailSchema,
  phone: text(50),
  address: text(500),
  /** Cheques go astray when an address changes: this says when the address was last checked. */
  addressConfirmedOn: daySchema.nullable(),
  termsNetDays: z
    .int({ error: 'not_whole_days' })
    .min(0, { error: 'negative' })
    .max(365, { error: 'too_large' }),
  depositPercent: z
    .int({ error: 'not_whole_percent' })
    .min(0, { error: 'negative' })
    .max(100, { error: 'too_large' }),
  relationshipStart: daySchema.nullable(),
  referredById: idSchema.nullable(),
  notes: text(5000),
  archived: z.boolean(),
};

export const partyInputSchema = z.strictObject(partyFields);
export type PartyInput = z.infer<typeof partyInputSchema>;

export const partySchema = z.strictObject(storedShape(partyFields));
export type Party = z.infer<typeof partySchema>;

export function emptyParty(kind: PartyKind, defaults: { termsNetDays: number }): PartyInput {
  return {
    kind,
    name: '',
    email: '',
    phone: '',
    address: '',
    addressConfirmedOn: null,
    termsNetDays: defaults.termsNetDays,
    depositPercent: 0,
    relationshipStart: null,
    referredById: null,
    notes: '',
    archived: false,
  };
}
