/**
 * Worksheet reads, and the one write that turns a decision into ledger entries: every change it
 * implies and the decided worksheet are written in a single transaction, so either all of them
 * land or none does. Each change is kept on the worksheet with what it changed, so it can be
 * undone (and redone) one by one, or the whole decision undone in one transaction too.
 */
import {
  contactFields,
  creditFields,
  disputeFields,
  isLive,
  jobFields,
  jobStatuses,
  partyFields,
  paymentFields,
  type ContactInput,
  type EffectTable,
  type EntryValues,
  type InputOf,
  type PaymentInput,
  type Reason,
  type Tombstoned,
  type Worksheet,
  type WorksheetEffect,
  type WorksheetEntry,
  type WorksheetInput,
  worksheetFields,
  type CreditInput,
} from '../domain/records';
import { undecidedWorksheet } from '../domain/worksheets/decide';
import type { LedgerDb } from './database';
import { keep, type ReadOptions } from './queries';
import { saveRecord, setDeleted } from './write';
import { WriteError } from './write-error';

function table(db: LedgerDb) {
  return db.table<Worksheet, string>('worksheets');
}

export async function allWorksheets(db: LedgerDb, options: ReadOptions = {}) {
  const rows = await table(db).orderBy('updatedAt').reverse().toArray();
  return keep(rows, options);
}

export async function getWorksheet(db: LedgerDb, id: string, options: ReadOptions = {}) {
  const row = await table(db).get(id);
  return row && keep([row], options)[0];
}

export async function worksheetsForParty(db: LedgerDb, partyId: string) {
  const rows = await table(db).where('partyIds').equals(partyId).toArray();
  return keep(rows, {}).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

const editableKeys: Record<EffectTable | 'worksheets', string[]> = {
  parties: Object.keys(partyFields),
  jobs: Object.keys(jobFields),
  payments: Object.keys(paymentFields),
  credits: Object.keys(creditFields),
  contacts: Object.keys(contactFields),
  disputes: Object.keys(disputeFields),
  worksheets: Object.keys(worksheetFields),
};

/** A stored record's editable fields, as the write path takes them. */
export function editableFields<T extends EffectTable | 'worksheets'>(
  tableName: T,
  record: object,
): InputOf[T] {
  const fields: Record<string, unknown> = {};
  for (const key of editableKeys[tableName]) fields[key] = (record as Record<string, unknown>)[key];
  return fields as InputOf[T];
}

export type DecisionChange = (
  | {
      effect: WorksheetEffect;
      table: 'parties' | 'jobs' | 'disputes';
      id: string;
      patch: EntryValues;
      /** A line added to the record's notes. */
      appendNote: string | null;
    }
  | { effect: WorksheetEffect; table: 'payments'; create: PaymentInput }
  | { effect: WorksheetEffect; table: 'credits'; create: CreditInput }
  | { effect: WorksheetEffect; table: 'contacts'; create: ContactInput }
) & { summary: Reason };

const NOTES_MAX = 5000;

/** Adds a line to notes, trimming the line (never the owner's notes) to fit the limit. */
export function appendLine(notes: string, line: string, max: number = NOTES_MAX): string {
  const joined = notes.trim() === '' ? '' : `${notes.trimEnd()}\n`;
  return `${joined}${line.trim()}`.slice(0, Math.max(max, joined.length));
}

async function liveRecord(db: LedgerDb, tableName: EffectTable, id: string) {
  const record = (await db.table(tableName).get(id)) as (Tombstoned & object) | undefined;
  if (!record || !isLive(record)) throw new WriteError('not_found');
  return record;
}

/** Writes the decision's changes and the decided worksheet in one transaction. */
export function applyDecision(
  db: LedgerDb,
  worksheetId: string,
  worksheet: WorksheetInput,
  changes: readonly DecisionChange[],
): Promise<Worksheet> {
  return db.transaction('rw', decisionTables(db), async () => {
    const entries: WorksheetEntry[] = [];
    for (const change of changes) {
      if ('create' in change) {
        const record =
          change.table === 'payments'
            ? await saveRecord(db, 'payments', change.create)
            : change.table === 'credits'
              ? await saveRecord(db, 'credits', change.create)
              : await saveRecord(db, 'contacts', change.create);
        entries.push({
          effect: change.effect,
          table: change.table,
          id: record.id,
          before: null,
          after: null,
          summary: change.summary,
          undone: false,
        });
        continue;
      }
      const input = editableFields(change.table, await liveRecord(db, change.table, change.id));
      const current = input as unknown as Record<string, string | number | boolean | null>;
      const after: EntryValues = { ...change.patch };
      if (change.appendNote)
        after.notes = appendLine(String(current.notes ?? ''), change.appendNote);
      const before: EntryValues = {};
      for (const key of Object.keys(after)) before[key] = current[key] ?? null;
      await saveRecord(db, change.table, { ...input, ...after } as never, change.id);
      entries.push({
        effect: change.effect,
        table: change.table,
        id: change.id,
        before,
        after,
        summary: change.summary,
        undone: false,
      });
    }
    return saveRecord(
      db,
      'worksheets',
      { ...worksheet, entries: [...worksheet.entries, ...entries] },
      worksheetId,
    );
  });
}

function decisionTables(db: LedgerDb) {
  return [
    db.parties,
    db.jobs,
    db.payments,
    db.credits,
    db.contacts,
    db.disputes,
    table(db),
    db.meta,
  ];
}

async function liveWorksheet(db: LedgerDb, worksheetId: string): Promise<Worksheet> {
  const worksheet = await table(db).get(worksheetId);
  if (!worksheet || !isLive(worksheet)) throw new WriteError('not_found');
  return worksheet;
}

/**
 * Whether values an entry kept are ones this version's records hold: a decision recorded by
 * version 1 changed a job's amount or marked it written off, which version 2 keeps as lines and
 * write-off records. Putting such values back would write nothing yet say it was undone.
 */
function undoableByThisVersion(
  table: 'parties' | 'jobs' | 'disputes',
  values: EntryValues,
): boolean {
  const keys = editableKeys[table];
  return Object.entries(values).every(
    ([key, value]) =>
      keys.includes(key) &&
      (table !== 'jobs' || key !== 'status' || (jobStatuses as readonly unknown[]).includes(value)),
  );
}

/**
 * Undoes one ledger change (or, with `undone` false, puts it back), inside the caller's
 * transaction. A created record is deleted or restored; a changed one gets back each value nobody
 * has changed since.
 */
async function writeEntryUndone(db: LedgerDb, entry: WorksheetEntry, undone: boolean) {
  if (entry.before === null || entry.after === null) {
    await setDeleted(db, entry.table, entry.id, undone);
  } else if (entry.table === 'parties' || entry.table === 'jobs' || entry.table === 'disputes') {
    if (
      !undoableByThisVersion(entry.table, entry.before) ||
      !undoableByThisVersion(entry.table, entry.after)
    ) {
      throw new WriteError('outdated');
    }
    const input = editableFields(entry.table, await liveRecord(db, entry.table, entry.id));
    const current = input as unknown as Record<string, unknown>;
    const [from, to] = undone ? [entry.after, entry.before] : [entry.before, entry.after];
    const patch: EntryValues = {};
    for (const key of Object.keys(to)) {
      if (current[key] === from[key]) patch[key] = to[key] ?? null;
    }
    if (Object.keys(patch).length) {
      await saveRecord(db, entry.table, { ...input, ...patch } as never, entry.id);
    }
  }
}

/** Undoes one ledger change of a decision, or puts it back, and marks it so on the worksheet. */
export function setEntryUndone(
  db: LedgerDb,
  worksheetId: string,
  index: number,
  undone: boolean,
): Promise<Worksheet> {
  return db.transaction('rw', decisionTables(db), async () => {
    const worksheet = await liveWorksheet(db, worksheetId);
    const entry = worksheet.entries[index];
    if (!entry) throw new WriteError('not_found');
    if (entry.undone === undone) return worksheet;
    await writeEntryUndone(db, entry, undone);
    const entries = worksheet.entries.map((e, i) => (i === index ? { ...e, undone } : e));
    return saveRecord(
      db,
      'worksheets',
      { ...editableFields('worksheets', worksheet), entries },
      worksheetId,
    );
  });
}

/**
 * Undoes every ledger change of a decision not undone yet and turns the worksheet back into a
 * draft, answers kept, in one transaction: the whole decision is undone, or nothing is.
 */
export function revertDecision(db: LedgerDb, worksheetId: string): Promise<Worksheet> {
  return db.transaction('rw', decisionTables(db), async () => {
    const worksheet = await liveWorksheet(db, worksheetId);
    for (const entry of worksheet.entries) {
      if (!entry.undone) await writeEntryUndone(db, entry, true);
    }
    return saveRecord(
      db,
      'worksheets',
      undecidedWorksheet(editableFields('worksheets', worksheet)),
      worksheetId,
    );
  });
}
