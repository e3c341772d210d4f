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

/**
 * One table's live records by id, and in id order: an edit replaces the record in place, an add
 * goes where its id sorts, so the list is what a fresh read of the table would give.
 */
export class SortedTable<R extends { id: Id }> {
  readonly byId = new Map<Id, R>();
  #rows: R[];
  #snapshot: readonly R[] | undefined;

  constructor(rows: readonly R[]) {
    // A read from the database is in id order already: checked in one pass, not sorted again.
    const sorted = rows.every((row, i) => i === 0 || rows[i - 1]!.id < row.id);
    this.#rows = sorted ? [...rows] : [...rows].sort(byId);
    for (const row of this.#rows) this.byId.set(row.id, row);
  }

  get(id: Id): R | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.#rows.length;
  }

  set(row: R): void {
    const at = this.#indexOf(row.id);
    if (this.byId.has(row.id)) this.#rows[at] = row;
    else this.#rows.splice(at, 0, row);
    this.byId.set(row.id, row);
    this.#snapshot = undefined;
  }

  delete(id: Id): void {
    if (!this.byId.delete(id)) return;
    this.#rows.splice(this.#indexOf(id), 1);
    this.#snapshot = undefined;
  }

  /** The rows in id order: the same array until the table changes. */
  rows(): readonly R[] {
    this.#snapshot ??= this.#rows.slice();
    return this.#snapshot;
  }

  /** Where `id` is or would go. */
  #indexOf(id: Id): number {
    let lo = 0;
    let hi = this.#rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#rows[mid]!.id < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
