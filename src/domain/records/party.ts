import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { minorSchema } from '../money-schemas';
import { idSchema, requiredText, storedShape, text } from './base';
import { documentLanguages } from './invoice';

/** Late fees are off by default; per client, a flat fee or a yearly rate once a grace period ends. */
export const lateFeeKinds = ['none', 'flat', 'yearly_rate'] as const;
export type LateFeeKind = (typeof lateFeeKinds)[number];

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
  lateFeeKind: z.enum(lateFeeKinds),
  /** For a flat fee: charged once per bill, in the bill's currency. */
  lateFeeFlat: minorSchema,
  /** For a yearly rate: in hundredths of a percent (1250 is 12.5 % a year), on what is still owed. */
  lateFeeRateBasisPoints: z
    .int({ error: 'not_whole' })
    .min(0, { error: 'negative' })
    .max(10_000, { error: 'too_large' }),
  /** Days after the due date before any fee applies. */
  lateFeeGraceDays: z
    .int({ error: 'not_whole_days' })
    .min(0, { error: 'negative' })
    .max(365, { error: 'too_large' }),
  /** The language of the documents they are sent; null for the owner's own. */
  documentLanguage: z.enum(documentLanguages).nullable(),
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
    lateFeeKind: 'none',
    lateFeeFlat: 0,
    lateFeeRateBasisPoints: 0,
    lateFeeGraceDays: 0,
    documentLanguage: null,
    relationshipStart: null,
    referredById: null,
    notes: '',
    archived: false,
  };
}
