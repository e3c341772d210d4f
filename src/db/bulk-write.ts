/**
 * Writing and removing many records at once, for the demo business: a bulk add that holds every
 * record to the same rules as the one-by-one write path (strict schema, links that exist, a stamp
 * on every field) in one transaction, and a hard delete that leaves no tombstones behind, so the
 * demo never travels to another device as a pile of deletions.
 */
import { nowInstant } from '../domain/dates';
import { LEDGER_TABLES } from '../domain/ledger-figures/tables';
import {
  allocationProblem,
  isLive,
  recordSchemas,
  referencesOf,
  tableNames,
  type Job,
  type LinkTarget,
  type Party,
  type RecordOf,
  type TableName,
  type Tombstoned,
} from '../domain/records';
import { fieldErrors } from '../domain/validation';
import { nextStamp } from './clock';
import type { LedgerDb, MetaEntry } from './database';
import { guarded, WriteError } from './write-error';

export const bulkTables = LEDGER_TABLES.filter((t) => t !== 'worksheets');
export type BulkTable = (typeof bulkTables)[number];

export type BulkRecords = { [T in BulkTable]: RecordOf[T][] };

export type BulkIds = Record<BulkTable, string[]>;

function emptyBulk<T>(make: () => T): Record<BulkTable, T> {
  return Object.fromEntries(bulkTables.map((t) => [t, make()])) as Record<BulkTable, T>;
}

const baseKeys = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'stamps']);

/**
 * Adds new records (parties, jobs, payments, credits, write-offs, disputes, promises, contacts) in one transaction, with `meta` (a
 * device-local entry) written in the same transaction. Every record must pass its table's strict
 * schema, link only to live records (in the batch or stored) and have an id not yet in use; a
 * payment settles only jobs of its own party and currency. One failure writes nothing and throws a
 * WriteError whose fields name the record (`jobs.12.clientId`).
 */
export function bulkAdd(
  db: LedgerDb,
  records: Partial<BulkRecords>,
  meta?: MetaEntry,
): Promise<number> {
  return guarded(() =>
    db.transaction('rw', [...bulkTables.map((t) => db.table(t)), db.meta], async () => {
      const stamp = await nextStamp(db);
      const now = nowInstant();
      const stamped = emptyBulk<unknown[]>(() => []) as BulkRecords;
      const errors: Record<string, string> = {};

      for (const table of bulkTables) {
        ((records[table] ?? []) as { [key: string]: unknown }[]).forEach((record, index) => {
          const stamps: Record<string, string> = {};
          for (const key of Object.keys(record)) if (!baseKeys.has(key)) stamps[key] = stamp;
          const result = recordSchemas[table].safeParse({
            ...record,
            createdAt: record.createdAt ?? now,
            updatedAt: record.updatedAt ?? now,
            deletedAt: null,
            stamps,
          });
          if (!result.success) {
            for (const [field, code] of Object.entries(fieldErrors(result.error))) {
              errors[`${table}.${index}.${field}`] ??= code;
            }
          } else {
            (stamped[table] as unknown[]).push(result.data);
          }
        });
      }
      if (Object.keys(errors).length) throw new WriteError('validation', errors);

      // Links resolve to the batch first, then to live stored records.
      const found: Record<LinkTarget, Map<string, Party | Job | undefined>> = {
        parties: new Map(stamped.parties.map((p) => [p.id, p])),
        jobs: new Map(stamped.jobs.map((j) => [j.id, j])),
      };
      const wanted: Record<LinkTarget, Set<string>> = { parties: new Set(), jobs: new Set() };
      for (const table of bulkTables) {
        for (const record of stamped[table] as unknown[]) {
          for (const ref of referencesOf(table, record)) {
            if (!found[ref.table].has(ref.id)) wanted[ref.table].add(ref.id);
          }
        }
      }
      for (const target of ['parties', 'jobs'] as const) {
        const ids = [...wanted[target]];
        const stored = (await db.table(target).bulkGet(ids)) as (Party | Job | undefined)[];
        ids.forEach((id, i) => {
          const record = stored[i];
          found[target].set(id, record && isLive(record) ? record : undefined);
        });
      }

      for (const table of bulkTables) {
        (stamped[table] as unknown[]).forEach((record, i) => {
          for (const ref of referencesOf(table, record)) {
            if (!found[ref.table].get(ref.id)) {
              errors[`${table}.${i}.${ref.path[0]}`] ??= 'missing_reference';
            }
          }
        });
      }
      stamped.payments.forEach((p, i) => {
        const jobs = p.allocations.map((a) => found.jobs.get(a.jobId) as Job | undefined);
        const problem = allocationProblem(p, jobs);
        if (problem) errors[`payments.${i}.allocations`] ??= problem;
      });
      if (Object.keys(errors).length) throw new WriteError('validation', errors);

      for (const table of bulkTables) {
        const ids = (stamped[table] as { id: string }[]).map((r) => r.id);
        const existing = await db.table(table).bulkGet(ids);
        const taken = existing.findIndex((r) => r !== undefined);
        if (taken >= 0)
          throw new WriteError('validation', { [`${table}.${taken}.id`]: 'duplicate_id' });
      }
      for (const table of bulkTables) await db.table(table).bulkAdd(stamped[table]);
      if (meta) await db.meta.put(meta);
      return bulkTables.reduce((n, t) => n + stamped[t].length, 0);
    }),
  );
}

type Row = Tombstoned & { id: string };

export interface HardDeleteResult {
  deleted: number;
  /** Listed records kept because a live record outside the list still links to them. */
  kept: BulkIds;
}

/**
 * Removes the listed records outright (no tombstones), in one transaction, and the meta entry
 * `metaKey` with them. A listed record that a live record outside the list links to is kept, with
 * whatever it links to in turn, so nothing is left pointing at a record that is gone.
 */
export function bulkHardDelete(
  db: LedgerDb,
  ids: Partial<BulkIds>,
  metaKey?: string,
): Promise<HardDeleteResult> {
  return guarded(() =>
    db.transaction('rw', [...tableNames.map((t) => db.table(t)), db.meta], async () => {
      const doomed = new Map<string, BulkTable>();
      for (const table of bulkTables) for (const id of ids[table] ?? []) doomed.set(id, table);
      const listed = new Map<string, Row>();
      const kept = emptyBulk<string[]>(() => []);
      const queue: Row[] = [];

      const keepLinked = (table: TableName, record: Row) => {
        for (const { id } of referencesOf(table, record)) {
          const from = doomed.get(id);
          if (from === undefined) continue;
          doomed.delete(id);
          kept[from].push(id);
          const target = listed.get(id);
          if (target) queue.push(target);
        }
      };

      const everything: [TableName, Row[]][] = [];
      // Every table, as any record (an invoice, a worksheet) may link to a listed one.
      for (const table of tableNames) {
        const rows = (await db.table(table).toArray()) as Row[];
        everything.push([table, rows]);
        for (const row of rows) if (doomed.has(row.id)) listed.set(row.id, row);
      }
      const tableOf = new Map(doomed);
      for (const [table, rows] of everything) {
        for (const row of rows) {
          if (!isLive(row) || tableOf.has(row.id)) continue;
          keepLinked(table, row);
        }
      }
      for (let record = queue.pop(); record; record = queue.pop()) {
        keepLinked(tableOf.get(record.id)!, record);
      }

      let deleted = 0;
      for (const table of bulkTables) {
        const gone = (ids[table] ?? []).filter((id) => doomed.has(id) && listed.has(id));
        await db.table(table).bulkDelete(gone);
        deleted += gone.length;
      }
      if (metaKey !== undefined) await db.meta.delete(metaKey);
      return { deleted, kept };
    }),
  );
}
