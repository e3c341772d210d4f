/**
 * Applying an import: in ONE transaction over every synced table and `meta`, re-read what the file
 * touches (another tab may have written since the preview), merge, keep the previous version of
 * every record about to change (the undo snapshot), write the merged records in chunks with
 * progress, and move the clock past the newest stamp it imports. A record with a stamp from the
 * future is refused, as the preview said (plan.ts), and never moves the clock. Either all of it is
 * stored or, on any failure, none of it.
 *
 * Undo puts every snapshotted record back exactly and removes the records the import added. It is
 * refused when something changed after the import in a way undoing would break: a later edit of an
 * imported record (its stamp is newer than the import's newest), or a new record linking to a
 * record the import added.
 */
import { nextStamp, observeStamp, parseStrict, type LedgerDb } from '../db';
import { nowInstant, touchedAt } from '../domain/dates';
import { referencesOf, tableNames, type TableName } from '../domain/records';
import { META_LAST_IMPORT, META_UNDO, type LastImport } from './device';
import { stampedFields, type Dataset, type ExportHeader } from './format';
import type { StoredRecord } from './merge';
import { compareRecord, emptyCounts, newestStamp, type TableCounts } from './plan';
import { CHUNK, type OnProgress } from './progress';

export interface RecordRef {
  table: TableName;
  id: string;
}

export interface ApplyOptions {
  fileName: string;
  header: ExportHeader;
  /** Records deleted on one side and edited on the other that the owner chose to bring back. */
  restore?: readonly RecordRef[];
  onProgress?: OnProgress;
  now?: () => Date;
  /**
   * When the preview compared the file (ImportPlan.nowMs): a record it refused is refused here too,
   * however long the owner took to confirm.
   */
  plannedAt?: number;
}

export interface ApplyResult {
  counts: Record<TableName, TableCounts>;
  written: number;
  restored: number;
  /** Records refused for a stamp from the future. */
  refused: number;
}

interface UndoSnapshot {
  /** No record written by the import carries a newer stamp; a later local write always does. */
  highWater: string;
  before: Partial<Record<TableName, StoredRecord[]>>;
  created: Partial<Record<TableName, string[]>>;
}

function syncedTables(db: LedgerDb) {
  return [...tableNames.map((t) => db.table(t)), db.meta];
}

/**
 * The stored version of each of `rows`, read in this transaction. One key read says which exist; a
 * table the file mostly covers is read whole in one request, a few records one by one, and a
 * record the table does not hold is not asked for at all (a first import reads no records).
 */
async function storedVersions(
  db: LedgerDb,
  table: TableName,
  rows: readonly StoredRecord[],
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  if (rows.length === 0) return found;
  const keys = new Set((await db.table(table).toCollection().primaryKeys()) as string[]);
  const present = rows.filter((r) => keys.has(r.id)).map((r) => r.id);
  if (present.length === 0) return found;
  if (present.length * WHOLE_TABLE_SHARE >= keys.size) {
    const wanted = new Set(present);
    for (const record of (await db.table(table).toArray()) as StoredRecord[]) {
      if (wanted.has(record.id)) found.set(record.id, record);
    }
    return found;
  }
  for (let start = 0; start < present.length; start += CHUNK) {
    const ids = present.slice(start, start + CHUNK);
    const stored = (await db.table(table).bulkGet(ids)) as (StoredRecord | undefined)[];
    stored.forEach((record, i) => {
      if (record) found.set(ids[i]!, record);
    });
  }
  return found;
}

/** Above one record in this many of a table, reading it whole beats reading records one by one. */
const WHOLE_TABLE_SHARE = 4;

export function applyImport(
  db: LedgerDb,
  incoming: Dataset,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const now = options.now ?? (() => new Date());
  return db.transaction('rw', syncedTables(db), async () => {
    const counts = emptyCounts();
    const writes = new Map<TableName, Map<string, StoredRecord>>();
    const before: UndoSnapshot['before'] = {};
    const created: UndoSnapshot['created'] = {};
    const restore = options.restore ?? [];
    // Only the records the owner may bring back need their stored version kept past the compare.
    const restoring = new Set(restore.map((ref) => `${ref.table}/${ref.id}`));
    const existingOf = new Map<string, StoredRecord>();
    const refused = new Set<string>();
    const nowMs = Math.min(now().getTime(), options.plannedAt ?? Infinity);
    let newestIncoming: string | undefined;

    // Every table's reads at once: one wait for the database, not one per table.
    const storedOf = await Promise.all(
      tableNames.map((table) => storedVersions(db, table, incoming[table] as StoredRecord[])),
    );
    for (const [t, table] of tableNames.entries()) {
      const fields = stampedFields(table);
      const rows = incoming[table] as StoredRecord[];
      const out = new Map<string, StoredRecord>();
      const stored = storedOf[t]!;
      for (const record of rows) {
        const local = stored.get(record.id);
        const compared = compareRecord(table, fields, local, record, nowMs);
        if (compared.outcome === 'future') {
          refused.add(`${table}/${record.id}`);
          continue;
        }
        newestIncoming = newestStamp(record, newestIncoming);
        counts[table][compared.outcome] += 1;
        if (local && restoring.has(`${table}/${record.id}`)) {
          existingOf.set(`${table}/${record.id}`, local);
        }
        if (compared.outcome === 'unchanged') continue;
        out.set(record.id, compared.merged);
        // An insert's undo is a delete: it needs the id, not a copy.
        if (local) (before[table] ??= []).push(local);
        else (created[table] ??= []).push(record.id);
      }
      writes.set(table, out);
    }

    if (restore.length === 0 && [...writes.values()].every((w) => w.size === 0)) {
      return { counts, written: 0, restored: 0, refused: refused.size };
    }
    if (newestIncoming) await observeStamp(db, newestIncoming, nowMs);

    let restored = 0;
    for (const ref of restore) {
      const out = writes.get(ref.table);
      const key = `${ref.table}/${ref.id}`;
      if (refused.has(key)) continue;
      const current =
        out?.get(ref.id) ??
        existingOf.get(key) ??
        ((await db.table(ref.table).get(ref.id)) as StoredRecord | undefined);
      if (!out || !current || current.deletedAt === null) continue;
      if (!out.has(ref.id)) {
        const local = existingOf.get(key) ?? current;
        (before[ref.table] ??= []).push(local);
      }
      // Bringing a record back is a write like any other: it must pass its table's strict schema.
      const back = parseStrict(ref.table, {
        ...current,
        deletedAt: null,
        updatedAt: touchedAt(current.updatedAt, nowInstant(now())),
        stamps: { ...current.stamps, deletedAt: await nextStamp(db, now().getTime()) },
      });
      out.set(ref.id, back as unknown as StoredRecord);
      restored += 1;
    }

    const total = [...writes.values()].reduce((sum, w) => sum + w.size, 0);
    let written = 0;
    let highWater = '';
    // Every chunk is queued at once, so IndexedDB never waits on this side between two; progress
    // moves as each one lands.
    const puts: Promise<unknown>[] = [];
    for (const [table, out] of writes) {
      const records = [...out.values()];
      for (const record of records) highWater = newestStamp(record, highWater) ?? highWater;
      for (let i = 0; i < records.length; i += CHUNK) {
        const chunk = records.slice(i, i + CHUNK);
        puts.push(
          db
            .table(table)
            .bulkPut(chunk)
            .then(() => {
              written += chunk.length;
              options.onProgress?.({ phase: 'applying', done: written, total });
            }),
        );
      }
    }
    await Promise.all(puts);

    const snapshot: UndoSnapshot = { highWater, before, created };
    const summary: LastImport = {
      at: nowInstant(now()),
      fileName: options.fileName,
      from: options.header.device,
      exportedAt: options.header.exportedAt,
      counts,
      undoneAt: null,
    };
    await db.meta.bulkPut([
      { key: META_UNDO, value: snapshot },
      { key: META_LAST_IMPORT, value: summary },
    ]);
    return { counts, written, restored, refused: refused.size };
  });
}

export type UndoResult =
  | { ok: true; restored: number; removed: number }
  | { ok: false; code: 'nothing_to_undo' | 'changed_since' };

export function undoLastImport(
  db: LedgerDb,
  now: () => Date = () => new Date(),
): Promise<UndoResult> {
  return db.transaction('rw', syncedTables(db), async (): Promise<UndoResult> => {
    const snapshot = (await db.meta.get(META_UNDO))?.value as UndoSnapshot | undefined;
    if (!snapshot) return { ok: false, code: 'nothing_to_undo' };

    const touched = new Map<TableName, Set<string>>();
    for (const table of tableNames) {
      const ids = [
        ...(snapshot.before[table] ?? []).map((r) => r.id),
        ...(snapshot.created[table] ?? []),
      ];
      touched.set(table, new Set(ids));
      const current = (await db.table(table).bulkGet(ids)) as (StoredRecord | undefined)[];
      for (const record of current) {
        const newest = record ? newestStamp(record, undefined) : undefined;
        if (newest !== undefined && newest > snapshot.highWater) {
          return { ok: false, code: 'changed_since' };
        }
      }
    }

    // A record made after the import that links to one the import added would be left dangling.
    const added = new Map(tableNames.map((t) => [t, new Set(snapshot.created[t] ?? [])]));
    if ([...added.values()].some((ids) => ids.size > 0)) {
      for (const table of tableNames) {
        const rows = (await db.table(table).toArray()) as StoredRecord[];
        for (const row of rows) {
          if (touched.get(table)?.has(row.id)) continue;
          const links = referencesOf(table, row);
          if (links.some((link) => added.get(link.table)?.has(link.id))) {
            return { ok: false, code: 'changed_since' };
          }
        }
      }
    }

    let restored = 0;
    let removed = 0;
    for (const table of tableNames) {
      const previous = snapshot.before[table] ?? [];
      const ids = snapshot.created[table] ?? [];
      if (previous.length) await db.table(table).bulkPut(previous);
      if (ids.length) await db.table(table).bulkDelete(ids);
      restored += previous.length;
      removed += ids.length;
    }
    await db.meta.delete(META_UNDO);
    const last = (await db.meta.get(META_LAST_IMPORT))?.value as LastImport | undefined;
    if (last) {
      await db.meta.put({
        key: META_LAST_IMPORT,
        value: { ...last, undoneAt: nowInstant(now()) },
      });
    }
    return { ok: true, restored, removed };
  });
}
