/** The ledger the figures read: its tables, the whole of it, and what one write changed. */
import type { InsightLedger } from '../insights/ledger';
import type { Id, RecordOf, Worksheet } from '../records';

/** The tables the figures read, live records only. */
export const LEDGER_TABLES = [
  'parties',
  'jobs',
  'payments',
  'credits',
  'writeOffs',
  'disputes',
  'promises',
  'contacts',
  'worksheets',
] as const;
export type LedgerTable = (typeof LEDGER_TABLES)[number];

export interface WholeLedger extends InsightLedger {
  worksheets: readonly Worksheet[];
}

/**
 * One record a write touched, as it was and as it is: `undefined` where it did not exist or is a
 * tombstone (the figures read live records only).
 */
export type RecordChange = {
  [T in LedgerTable]: { table: T; before: RecordOf[T] | undefined; after: RecordOf[T] | undefined };
}[LedgerTable];

export type LedgerRecord = RecordOf[LedgerTable];

/** The order the database gives records in (by primary key), which every list here keeps. */
export function byId(a: { id: Id }, b: { id: Id }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Where a record of this id is, or would go, in a list in id order. */
export function indexById(rows: readonly { id: Id }[], id: Id): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a list is in id order already (a read from the database is): then it needs no sort. */
export function inIdOrder(rows: readonly { id: Id }[]): boolean {
  for (let i = 1; i < rows.length; i += 1) if (rows[i - 1]!.id >= rows[i]!.id) return false;
  return true;
}

/**
 * One table's live records: the one place the copy holds every record. They are kept as a list in
 * id order (what a fresh read of the table gives, taken as it is: no copy, no sort) and found by a
 * binary search, with the changes since the list was made beside it. The changes are merged into
 * a new list when they grow past a small share of it, or when the list is asked for; a list once
 * handed out is never changed. At full size a map per table would be another 357,000 entries; a
 * table looked up once per record of others (the jobs, the parties) keeps one (`indexed`), as a
 * binary search per payment made the first build several hundred milliseconds slower.
 */
export class Table<R extends { id: Id }> {
  #list: readonly R[];
  /** Changed since `#list` was made: the record as it is now, or null for one gone. */
  #changed = new Map<Id, R | null>();
  #size: number;
  readonly #index: Map<Id, R> | undefined;

  /** `rows` in id order, and not changed by anyone after. */
  constructor(rows: readonly R[], indexed = false) {
    this.#list = rows;
    this.#size = rows.length;
    if (indexed) this.#index = new Map(rows.map((row) => [row.id, row]));
  }

  get(id: Id): R | undefined {
    if (this.#index) return this.#index.get(id);
    const changed = this.#changed.get(id);
    if (changed !== undefined) return changed ?? undefined;
    const row = this.#list[indexById(this.#list, id)];
    return row?.id === id ? row : undefined;
  }

  get size(): number {
    return this.#size;
  }

  set(row: R): void {
    if (this.get(row.id) === undefined) this.#size += 1;
    this.#note(row.id, row);
  }

  delete(id: Id): void {
    if (this.get(id) === undefined) return;
    this.#size -= 1;
    this.#note(id, null);
  }

  /** The rows in id order: the same array until the table changes. */
  rows(): readonly R[] {
    if (this.#changed.size > 0) this.#merge();
    return this.#list;
  }

  ids(): IterableIterator<Id> {
    return this.rows()
      .map((row) => row.id)
      .values();
  }

  #note(id: Id, row: R | null): void {
    if (row) this.#index?.set(id, row);
    else this.#index?.delete(id);
    this.#changed.set(id, row);
    // Merging costs a pass over the list: done once per many changes (an import's), not per write.
    if (this.#changed.size > Math.max(256, this.#list.length >>> 5)) this.#merge();
  }

  #merge(): void {
    const changes = [...this.#changed].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const list = this.#list;
    const merged: R[] = [];
    let i = 0;
    for (const [id, row] of changes) {
      while (i < list.length && list[i]!.id < id) merged.push(list[i++]!);
      if (i < list.length && list[i]!.id === id) i += 1;
      if (row) merged.push(row);
    }
    while (i < list.length) merged.push(list[i++]!);
    this.#list = merged;
    this.#changed.clear();
  }
}
