/**
 * Writing and removing many records at once, for the demo business: a bulk add that holds every
 * record to the same rules as the one-by-one write path (strict schema, links that exist, a stamp
 * on every field) in one transaction, and a hard delete that leaves no tombstones behind, so the
 * demo never travels to another device as a pile of deletions.
 */
import { nowInstant } from '../domain/dates';
import { recordSchemas, type Contact, type Job, type Party, type Payment } from '../domain/records';
import { fieldErrors } from '../domain/validation';
import { nextStamp } from './clock';
import type { LedgerDb, MetaEntry } from './database';
import { guarded, WriteError } from './write-error';

export const bulkTables = ['parties', 'jobs', 'payments', 'contacts'] as const;
export type BulkTable = (typeof bulkTables)[number];

export interface BulkRecords {
  parties: Party[];
  jobs: Job[];
  payments: Payment[];
  contacts: Contact[];
}

export type BulkIds = Record<BulkTable, string[]>;

const baseKeys = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'stamps']);

/** The ids a record links to, by the table they are in. */
function linksOf(
  table: string,
  record: Record<string, unknown>,
): { parties: string[]; jobs: string[] } {
  const ids = (value: unknown) =>
    Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : typeof value === 'string'
        ? [value]
        : [];
  switch (table) {
    case 'parties':
      return { parties: ids(record.referredById), jobs: [] };
    case 'jobs':
      return { parties: [...ids(record.clientId), ...ids(record.subcontractorId)], jobs: [] };
    case 'payments': {
      const allocations = Array.isArray(record.allocations)
        ? (record.allocations as { jobId?: unknown }[])
        : [];
      return { parties: ids(record.partyId), jobs: allocations.flatMap((a) => ids(a.jobId)) };
    }
    case 'contacts':
      return {
        parties: [...ids(record.partyId), ...ids(record.referredPartyId)],
        jobs: ids(record.jobId),
      };
    case 'worksheets':
      return { parties: ids(record.partyIds), jobs: ids(record.jobIds) };
    default:
      return { parties: [], jobs: [] };
  }
}

/**
 * Adds new records (parties, jobs, payments, contacts) in one transaction, with `meta` (a
 * device-local entry) written in the same transaction. Every record must pass its table's strict
 * schema, link only to live records (in the batch or stored) and have an id not yet in use; a
 * payment settles only jobs of its own party and currency. One failure writes nothing and throws a
 * WriteError whose fields name the record (`jobs.12.clientId`).
 */
export function bulkAdd(db: LedgerDb, records: BulkRecords, meta?: MetaEntry): Promise<number> {
  return guarded(() =>
    db.transaction('rw', [db.parties, db.jobs, db.payments, db.contacts, db.meta], async () => {
      const stamp = await nextStamp(db);
      const now = nowInstant();
      const stamped: BulkRecords = { parties: [], jobs: [], payments: [], contacts: [] };
      const errors: Record<string, string> = {};

      for (const table of bulkTables) {
        (records[table] as { [key: string]: unknown }[]).forEach((record, index) => {
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
      const parties = new Map<string, Party | undefined>(stamped.parties.map((p) => [p.id, p]));
      const jobs = new Map<string, Job | undefined>(stamped.jobs.map((j) => [j.id, j]));
      const wanted = { parties: new Set<string>(), jobs: new Set<string>() };
      for (const table of bulkTables) {
        for (const record of stamped[table]) {
          const links = linksOf(table, record as unknown as Record<string, unknown>);
          for (const id of links.parties) if (!parties.has(id)) wanted.parties.add(id);
          for (const id of links.jobs) if (!jobs.has(id)) wanted.jobs.add(id);
        }
      }
      const storedParties = await db.parties.bulkGet([...wanted.parties]);
      [...wanted.parties].forEach((id, i) => {
        const p = storedParties[i];
        parties.set(id, p && p.deletedAt === null ? p : undefined);
      });
      const storedJobs = await db.jobs.bulkGet([...wanted.jobs]);
      [...wanted.jobs].forEach((id, i) => {
        const j = storedJobs[i];
        jobs.set(id, j && j.deletedAt === null ? j : undefined);
      });

      const missing = (
        table: BulkTable,
        index: number,
        field: string,
        ok: boolean,
        code = 'missing_reference',
      ) => {
        if (!ok) errors[`${table}.${index}.${field}`] ??= code;
      };
      stamped.parties.forEach((p, i) =>
        missing(
          'parties',
          i,
          'referredById',
          p.referredById === null || !!parties.get(p.referredById),
        ),
      );
      stamped.jobs.forEach((j, i) => {
        missing('jobs', i, 'clientId', !!parties.get(j.clientId));
        missing(
          'jobs',
          i,
          'subcontractorId',
          j.subcontractorId === null || !!parties.get(j.subcontractorId),
        );
      });
      stamped.payments.forEach((p, i) => {
        missing('payments', i, 'partyId', !!parties.get(p.partyId));
        const forClient = p.direction === 'client_to_me' || p.direction === 'me_to_client';
        for (const a of p.allocations) {
          const job = jobs.get(a.jobId);
          missing('payments', i, 'allocations', !!job);
          if (!job) continue;
          missing(
            'payments',
            i,
            'allocations',
            (forClient ? job.clientId : job.subcontractorId) === p.partyId,
            'not_their_job',
          );
          missing('payments', i, 'allocations', job.currency === p.currency, 'currency_mismatch');
        }
      });
      stamped.contacts.forEach((c, i) => {
        missing('contacts', i, 'partyId', !!parties.get(c.partyId));
        missing('contacts', i, 'jobId', c.jobId === null || !!jobs.get(c.jobId));
        missing(
          'contacts',
          i,
          'referredPartyId',
          c.referredPartyId === null || !!parties.get(c.referredPartyId),
        );
      });
      if (Object.keys(errors).length) throw new WriteError('validation', errors);

      for (const table of bulkTables) {
        const ids = stamped[table].map((r) => r.id);
        const existing = await db.table(table).bulkGet(ids);
        const taken = existing.findIndex((r) => r !== undefined);
        if (taken >= 0)
          throw new WriteError('validation', { [`${table}.${taken}.id`]: 'duplicate_id' });
      }
      await db.parties.bulkAdd(stamped.parties);
      await db.jobs.bulkAdd(stamped.jobs);
      await db.payments.bulkAdd(stamped.payments);
      await db.contacts.bulkAdd(stamped.contacts);
      if (meta) await db.meta.put(meta);
      return bulkTables.reduce((n, t) => n + stamped[t].length, 0);
    }),
  );
}

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
  ids: BulkIds,
  metaKey?: string,
): Promise<HardDeleteResult> {
  return guarded(() =>
    db.transaction(
      'rw',
      [db.parties, db.jobs, db.payments, db.contacts, db.worksheets, db.meta],
      async () => {
        const doomed = new Map<string, BulkTable>();
        for (const table of bulkTables) for (const id of ids[table]) doomed.set(id, table);
        const listed = new Map<string, Record<string, unknown>>();
        const kept: BulkIds = { parties: [], jobs: [], payments: [], contacts: [] };
        const queue: Record<string, unknown>[] = [];

        const keepLinked = (table: string, record: Record<string, unknown>) => {
          const links = linksOf(table, record);
          for (const id of [...links.parties, ...links.jobs]) {
            const from = doomed.get(id);
            if (from === undefined) continue;
            doomed.delete(id);
            kept[from].push(id);
            const target = listed.get(id);
            if (target) queue.push(target);
          }
        };

        const everything: [string, Record<string, unknown>[]][] = [];
        for (const table of [...bulkTables, 'worksheets'] as const) {
          const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
          everything.push([table, rows]);
          for (const row of rows)
            if (doomed.has(row.id as string)) listed.set(row.id as string, row);
        }
        const tableOf = new Map(doomed);
        for (const [table, rows] of everything) {
          for (const row of rows) {
            if (row.deletedAt !== null || tableOf.has(row.id as string)) continue;
            keepLinked(table, row);
          }
        }
        for (let record = queue.pop(); record; record = queue.pop()) {
          keepLinked(tableOf.get(record.id as string)!, record);
        }

        let deleted = 0;
        for (const table of bulkTables) {
          const gone = ids[table].filter((id) => doomed.has(id) && listed.has(id));
          await db.table(table).bulkDelete(gone);
          deleted += gone.length;
        }
        if (metaKey !== undefined) await db.meta.delete(metaKey);
        return { deleted, kept };
      },
    ),
  );
}
