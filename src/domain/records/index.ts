/** The record kinds that are stored and synced, each with its strict stored schema. */
import type { z } from 'zod';
import { contactSchema, type Contact, type ContactInput } from './contact';
import { creditSchema, type Credit, type CreditInput } from './credit';
import { disputeSchema, type Dispute, type DisputeInput } from './dispute';
import { invoiceSchema, type Invoice, type InvoiceInput } from './invoice';
import { jobSchema, type Job, type JobInput } from './job';
import { partySchema, type Party, type PartyInput } from './party';
import { paymentSchema, type Payment, type PaymentInput } from './payment';
import { promiseSchema, type PromiseInput, type PromiseToPay } from './promise';
import { settingsSchema, type Settings, type SettingsInput } from './settings';
import { worksheetSchema, type Worksheet, type WorksheetInput } from './worksheet';
import { writeOffSchema, type WriteOff, type WriteOffInput } from './write-off';

export * from './base';
export * from './contact';
export * from './credit';
export * from './dispute';
export * from './invoice';
export * from './invoice-number';
export * from './job';
export * from './job-line';
export * from './job-lines';
export * from './own-job';
export * from './party';
export * from './payment';
export * from './promise';
export * from './quantity';
export * from './settings';
export * from './worksheet';
export * from './write-off';

export const recordSchemas = {
  parties: partySchema,
  jobs: jobSchema,
  payments: paymentSchema,
  credits: creditSchema,
  writeOffs: writeOffSchema,
  disputes: disputeSchema,
  promises: promiseSchema,
  invoices: invoiceSchema,
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
  credits: Credit;
  writeOffs: WriteOff;
  disputes: Dispute;
  promises: PromiseToPay;
  invoices: Invoice;
  contacts: Contact;
  settings: Settings;
  worksheets: Worksheet;
}

export interface InputOf {
  parties: PartyInput;
  jobs: JobInput;
  payments: PaymentInput;
  credits: CreditInput;
  writeOffs: WriteOffInput;
  disputes: DisputeInput;
  promises: PromiseInput;
  invoices: InvoiceInput;
  contacts: ContactInput;
  settings: SettingsInput;
  worksheets: WorksheetInput;
}
export * from './changes';
export * from './links';
export * from './live';
