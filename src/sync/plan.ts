/**
 * What an import would do, record by record, before anything is written: new, updated, unchanged
 * or deleted per table; for each record changed on both sides, which value wins for each field
 * and why (the later stamp); the records that stay deleted although the other side edited them;
 * the merged records that now break a rule between their fields; and the records refused because
 * they carry a stamp from the future. The apply uses the same compare, so it does what the
 * preview said.
 */
import { isFromTheFuture } from '../domain/hlc';
import { recordSchemas, tableNames, type TableName } from '../domain/records';
import { sameValue } from '../domain/same-value';
import { issueCode } from '../domain/validation';
import { stampedFields, type Dataset } from './format';
import { fieldWinner, isAhead, mergeRecord, type Side, type StoredRecord } from './merge';
import { CHUNK, pause, type OnProgress } from './progress';
import { recordKind, type RecordKind } from './record-kind';

/** The tables whose records other records refer to by id, and so need names in the preview. */
const linkedTables: readonly TableName[] = ['parties', 'jobs'];

export type Outcome = 'new' | 'updated' | 'unchanged' | 'deleted';

export interface FieldChoice {
  field: string;
  winner: Side;
  local: unknown;
  incoming: unknown;
  localStamp: string | undefined;
  incomingStamp: string | undefined;
}

export interface BrokenRule {
  field: string;
  code: string;
}

/** A record both sides changed since they last agreed. */
export interface Conflict {
  table: TableName;
  id: string;
  merged: StoredRecord;
  /** The fields whose values differ, with the winner of each. */
  fields: FieldChoice[];
  /** Rules between fields that the merged record breaks (none when it is consistent). */
  broken: BrokenRule[];
}

/** Deleted on one side and edited on the other: it stays deleted, the edit kept inside it. */
export interface DeletedButEdited {
  table: TableName;
  id: string;
  merged: StoredRecord;
  deletedOn: Side;
}

/**
 * A record of the file with a stamp at least MAX_DRIFT_MS ahead of this device's clock. It is
 * refused whole — its local version, if any, stays as it is — so that no such stamp is adopted and
 * the merge stays the same in any order; the device that wrote it repairs it on its next start
 * and passes it on with sane stamps.
 */
export interface FromTheFuture {
  table: TableName;
  id: string;
  /** The file's version, to name it. */
  record: StoredRecord;
  /** Its newest stamp: how far ahead it is. */
  stamp: string;
}

export type Compared =
  | {
      outcome: Outcome;
      merged: StoredRecord;
      conflict?: Conflict;
      deletedButEdited?: DeletedButEdited;
    }
  | { outcome: 'future'; refused: FromTheFuture };

export type TableCounts = Record<Outcome, number>;

/**
 * One record the import would write, for the preview's list by name: the record as it will be,
 * whether this device holds it live now (so a delete removes something here, or only passes on a
 * delete of a record this device never had), and its conflict when both sides changed it.
 */
export interface PlannedRecord {
  table: TableName;
  id: string;
  outcome: Exclude<Outcome, 'unchanged'>;
  merged: StoredRecord;
  /** This device holds the record, not in the trash. */
  liveHere: boolean;
  conflict?: Conflict;
}

export interface ImportPlan {
  counts: Record<TableName, TableCounts>;
  conflicts: Conflict[];
  deletedButEdited: DeletedButEdited[];
  /** Records the import refuses, in none of the counts. */
  refused: FromTheFuture[];
  /** This device's wall clock when compared: the apply judges "from the future" by it too. */
  nowMs: number;
  /** Records the import would write. */
  changes: number;
  /** Those records, in the file's order, to list by name. */
  records: PlannedRecord[];
  /**
   * The people and jobs as they will be after the import (this device's, with the file's merged
   * in), so a record's linked client or job can be named rather than shown as an id.
   */
  linked: Map<string, StoredRecord>;
  /** Records left as they are, per kind (clients and subcontractors apart): see recordKind. */
  same: Partial<Record<RecordKind, number>>;
}

/** The newest of `record`'s stamps and `current`. */
export function newestStamp(record: StoredRecord, current?: string): string | undefined {
  let newest = current;
  for (const stamp of Object.values(record.stamps)) {
    if (stamp !== undefined && (newest === undefined || stamp > newest)) newest = stamp;
  }
  return newest;
}

/** What importing `incoming` does to `local`, with `nowMs` this device's wall clock. */
export function compareRecord(
  table: TableName,
  fields: readonly string[],
  local: StoredRecord | undefined,
  incoming: StoredRecord,
  nowMs: number,
): Compared {
  // Stamps sort in time order, so the newest one says whether any is from the future.
  const newest = newestStamp(incoming);
  if (newest !== undefined && isFromTheFuture(newest, nowMs)) {
    return {
      outcome: 'future',
      refused: { table, id: incoming.id, record: incoming, stamp: newest },
    };
  }
  if (!local) {
    return { outcome: incoming.deletedAt === null ? 'new' : 'deleted', merged: incoming };
  }
  const merged = mergeRecord(fields, local, incoming);
  if (sameValue(merged, local)) return { outcome: 'unchanged', merged: local };
  const outcome: Outcome =
    merged.deletedAt !== null && local.deletedAt === null ? 'deleted' : 'updated';
  const result: Compared & { outcome: Outcome } = { outcome, merged };

  const edits = fields.filter((f) => f !== 'deletedAt');
  const localAhead = fields.some((f) => isAhead(f, local, incoming));
  const incomingAhead = fields.some((f) => isAhead(f, incoming, local));
  if (localAhead && incomingAhead) {
    const choices: FieldChoice[] = [];
    for (const field of fields) {
      const a = (local as unknown as Record<string, unknown>)[field];
      const b = (incoming as unknown as Record<string, unknown>)[field];
      if (sameValue(a, b)) continue;
      choices.push({
        field,
        winner: fieldWinner(field, local, incoming),
        local: a,
        incoming: b,
        localStamp: local.stamps[field],
        incomingStamp: incoming.stamps[field],
      });
    }
    result.conflict = {
      table,
      id: merged.id,
      merged,
      fields: choices,
      broken: brokenRules(table, merged),
    };
  }
  if (merged.deletedAt !== null) {
    if (local.deletedAt === null && edits.some((f) => isAhead(f, local, incoming))) {
      result.deletedButEdited = { table, id: merged.id, merged, deletedOn: 'incoming' };
    } else if (incoming.deletedAt === null && edits.some((f) => isAhead(f, incoming, local))) {
      result.deletedButEdited = { table, id: merged.id, merged, deletedOn: 'local' };
    }
  }
  return result;
}

/** The record rules (refinements of the stored schema) that a merged record breaks. */
export function brokenRules(table: TableName, record: StoredRecord): BrokenRule[] {
  const result = recordSchemas[table].safeParse(record);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: issueCode(issue),
  }));
}

export function emptyCounts(): Record<TableName, TableCounts> {
  return Object.fromEntries(
    tableNames.map((t) => [t, { new: 0, updated: 0, unchanged: 0, deleted: 0 }]),
  ) as Record<TableName, TableCounts>;
}

export async function planImport(
  local: Dataset,
  incoming: Dataset,
  onProgress?: OnProgress,
  nowMs: number = Date.now(),
): Promise<ImportPlan> {
  const plan: ImportPlan = {
    counts: emptyCounts(),
    conflicts: [],
    deletedButEdited: [],
    refused: [],
    nowMs,
    changes: 0,
    records: [],
    linked: new Map(),
    same: {},
  };
  const total = tableNames.reduce((sum, t) => sum + incoming[t].length, 0);
  let done = 0;
  for (const table of tableNames) {
    const fields = stampedFields(table);
    const mine = new Map<string, StoredRecord>(
      (local[table] as StoredRecord[]).map((r) => [r.id, r]),
    );
    const linked = linkedTables.includes(table);
    if (linked) for (const [id, record] of mine) plan.linked.set(id, record);
    for (const record of incoming[table] as StoredRecord[]) {
      const here = mine.get(record.id);
      const compared = compareRecord(table, fields, here, record, nowMs);
      done += 1;
      if (compared.outcome === 'future') {
        plan.refused.push(compared.refused);
      } else {
        plan.counts[table][compared.outcome] += 1;
        if (linked) plan.linked.set(record.id, compared.merged);
        if (compared.outcome === 'unchanged') {
          const kind = recordKind(table, compared.merged);
          plan.same[kind] = (plan.same[kind] ?? 0) + 1;
        } else {
          plan.changes += 1;
          plan.records.push({
            table,
            id: record.id,
            outcome: compared.outcome,
            merged: compared.merged,
            liveHere: here !== undefined && here.deletedAt === null,
            ...(compared.conflict ? { conflict: compared.conflict } : {}),
          });
        }
        if (compared.conflict) plan.conflicts.push(compared.conflict);
        if (compared.deletedButEdited) plan.deletedButEdited.push(compared.deletedButEdited);
      }
      if (done % CHUNK === 0) {
        onProgress?.({ phase: 'comparing', done, total });
        await pause();
      }
    }
  }
  onProgress?.({ phase: 'comparing', done: total, total });
  return plan;
}
