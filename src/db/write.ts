/**
 * The one write path. Every change is validated against the strict schema of its table, checked
 * for broken links, stamped (updatedAt, and an HLC stamp on each field it changes) and written in
 * one transaction. A refused write throws a WriteError and leaves the database as it was.
 */
import type { z } from 'zod';
import { nowInstant, touchedAt } from '../domain/dates';
import {
  changedFields,
  contactInputSchema,
  creditInputSchema,
  disputeInputSchema,
  invoiceInputSchema,
  jobInputSchema,
  partyInputSchema,
  paymentInputSchema,
  promiseInputSchema,
  recordSchemas,
  settingsInputSchema,
  SETTINGS_ID,
  worksheetInputSchema,
  writeOffInputSchema,
  type InputOf,
  type RecordOf,
  type TableName,
} from '../domain/records';
import { fieldErrors } from '../domain/validation';
import type { LedgerDb } from './database';
import { nextStamp } from './clock';
import { missingReferences } from './references';
import { guarded, WriteError } from './write-error';

const inputSchemas: { [T in TableName]: z.ZodType<InputOf[T]> } = {
  parties: partyInputSchema,
  jobs: jobInputSchema,
  payments: paymentInputSchema,
  credits: creditInputSchema,
  writeOffs: writeOffInputSchema,
  disputes: disputeInputSchema,
  promises: promiseInputSchema,
  invoices: invoiceInputSchema,
  contacts: contactInputSchema,
  settings: settingsInputSchema,
  worksheets: worksheetInputSchema,
};

type Stored = { id: string; deletedAt: string | null; stamps: Record<string, string> };

/** A whole record as it may be stored, or a WriteError naming each field that breaks a rule. */
export function parseStrict<T extends TableName>(table: T, record: unknown): RecordOf[T] {
  const result = recordSchemas[table].safeParse(record);
  if (!result.success) throw new WriteError('validation', fieldErrors(result.error));
  return result.data as RecordOf[T];
}

/**
 * Creates a record (id omitted) or updates one. `input` holds all editable fields of the table;
 * only the fields whose value changes get a new stamp.
 */
export function saveRecord<T extends TableName>(
  db: LedgerDb,
  table: T,
  input: InputOf[T],
  id?: string,
): Promise<RecordOf[T]> {
  return guarded(() =>
    db.transaction('rw', [db.table(table), db.parties, db.jobs, db.meta], async () => {
      const parsed = inputSchemas[table].safeParse(input);
      if (!parsed.success) throw new WriteError('validation', fieldErrors(parsed.error));
      const fields = parsed.data;
      const existing = id
        ? ((await db.table(table).get(id)) as (RecordOf[T] & Stored) | undefined)
        : undefined;
      if (id && !existing && table !== 'settings') throw new WriteError('not_found');
      const linkErrors = await missingReferences(db, table, fields, existing);
      if (Object.keys(linkErrors).length) throw new WriteError('validation', linkErrors);

      const changed = changedFields(existing, fields as object);
      if (existing && changed.length === 0) return existing;

      const stamp = await nextStamp(db);
      const now = nowInstant();
      const stamps = { ...(existing?.stamps ?? {}) };
      for (const key of changed) stamps[key as string] = stamp;
      // Build the record from the listed fields only: never spread untrusted input wholesale.
      const record = parseStrict(table, {
        ...fields,
        id: existing?.id ?? id ?? crypto.randomUUID(),
        createdAt: existing?.createdAt ?? now,
        updatedAt: touchedAt(existing?.updatedAt, now),
        deletedAt: existing?.deletedAt ?? null,
        stamps,
      });
      await db.table(table).put(record);
      return record;
    }),
  );
}

/** Marks a record deleted (a tombstone that travels to other devices), or restores it. */
export function setDeleted<T extends TableName>(
  db: LedgerDb,
  table: T,
  id: string,
  deleted: boolean,
): Promise<RecordOf[T]> {
  return guarded(() =>
    db.transaction('rw', [db.table(table), db.meta], async () => {
      const existing = (await db.table(table).get(id)) as (RecordOf[T] & Stored) | undefined;
      if (!existing) throw new WriteError('not_found');
      if ((existing.deletedAt !== null) === deleted) return existing;
      const now = nowInstant();
      const record = parseStrict(table, {
        ...existing,
        deletedAt: deleted ? now : null,
        updatedAt: touchedAt(existing.updatedAt, now),
        stamps: { ...existing.stamps, deletedAt: await nextStamp(db) },
      });
      await db.table(table).put(record);
      return record;
    }),
  );
}

export function saveSettings(db: LedgerDb, input: InputOf['settings']) {
  return saveRecord(db, 'settings', input, SETTINGS_ID);
}
