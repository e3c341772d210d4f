/** The record kinds that are stored and synced, each with its strict stored schema. */
import type { z } from 'zod';
import { contactSchema, type Contact, type ContactInput } from './contact';
import { jobSchema, type Job, type JobInput } from './job';
import { partySchema, type Party, type PartyInput } from './party';
import { paymentSchema, type Payment, type PaymentInput } from './payment';
import { settingsSchema, type Settings, type SettingsInput } from './settings';
import { worksheetSchema, type Worksheet, type WorksheetInput } from './worksheet';

export * from './base';
export * from './contact';
export * from './job';
export * from './party';
export * from './payment';
export * from './settings';
export * from './worksheet';

export const recordSchemas = {
  parties: partySchema,
  jobs: jobSchema,
  payments: paymentSchema,
  contacts: contactSchema,
  settings: settingsSchema,
  worksheets: worksheetSchema,
} satisfies Record<string, z.ZodType>;

export type TableName = keyof typeof recordSchemas;
export const tableNames = Object.keys(recordSchemas) as TableName[];

export interface RecordOf {
  parties: Party;
  jobs: Job;
  payments: Payment;
  contacts: Contact;
  settings: Settings;
  worksheets: Worksheet;
}

export interface InputOf {
  parties: PartyInput;
  jobs: JobInput;
  payments: PaymentInput;
  contacts: ContactInput;
  settings: SettingsInput;
  worksheets: WorksheetInput;
}
export * from './changes';
export * from './links';
export * from './live';
