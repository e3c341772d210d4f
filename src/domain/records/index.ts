/** The record kinds that are stored and synced, each with its strict stored schema. */
import type { z } from 'zod';
import { contactSchema, type Contact, type ContactInput } from './contact';
import { jobSchema, type Job, type JobInput } from './job';
import { partySchema, type Party, type PartyInput } from './party';
import { paymentSchema, type Payment, type PaymentInput } from './payment';
import { settingsSchema, type Settings, type SettingsInput } from './settings';

export * from './base';
export * from './contact';
export * from './job';
export * from './party';
export * from './payment';
export * from './settings';

export const recordSchemas = {
  parties: partySchema,
  jobs: jobSchema,
  payments: paymentSchema,
  contacts: contactSchema,
  settings: settingsSchema,
} satisfies Record<string, z.ZodType>;

export type TableName = keyof typeof recordSchemas;
export const tableNames = Object.keys(recordSchemas) as TableName[];

export interface RecordOf {
  parties: Party;
  jobs: Job;
  payments: Payment;
  contacts: Contact;
  settings: Settings;
}

export interface InputOf {
  parties: PartyInput;
  jobs: JobInput;
  payments: PaymentInput;
  contacts: ContactInput;
  settings: SettingsInput;
}
export * from './changes';
