/**
 * One copy of the live ledger that follows each write instead of reading it again: it reads every
 * table once, then, for each committed write Dexie reports (`storagemutated`, from this tab or
 * another), reads only the records the write changed and hands them to `LedgerFigures.apply`.
 *
 * - It listens before the first read starts, so a write that lands while that read runs is queued
 *   and read again afterwards (a record the first read already saw compares equal and is skipped).
 * - Writes reported together are read and applied together: one read and one `apply` per batch.
 * - Where Dexie reports a range rather than keys (a clear, an import's bulk write) or too many keys,
 *   it reads that table whole and applies the difference: correctness before speed.
 * - Paused (no screen shows it), it still follows writes by key, which is cheap, but only notes a
 *   table to read whole (an import): `behind` then says the copy is better read afresh.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { LedgerDb } from '../db/database';
import { wholeLedger } from '../db/queries';
import {
  LEDGER_TABLES,
  LedgerFigures,
  type LedgerTable,
  type RecordChange,
  type WholeLedger,
} from '../domain/ledger-figures/ledger-figures';
import type { RecordOf } from '../domain/records';
import { isLive, liveOnly } from '../domain/records/live';
import { addMutatedParts, type Dirty } from './mutated-keys';

type AnyRecord = RecordOf[LedgerTable];
type ReadTable =
  | { table: LedgerTable; whole: AnyRecord[] }
  | { table: LedgerTable; keys: string[]; rows: (AnyRecord | undefined)[] };

/** The tables whose records carry a currency the screens ask about. */
const CURRENCY_TABLES: ReadonlySet<LedgerTable> = new Set(['jobs', 'payments']);

function sameRecord(a: AnyRecord, b: AnyRecord): boolean {
  if (a === b) return true;
  // Every write moves updatedAt on; only a record read again unchanged gets past this cheaply.
  if (a.updatedAt !== b.updatedAt) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export class LedgerFollower {
  readonly #db: LedgerDb;
  readonly #onChange: () => void;
  #figures: LedgerFigures | undefined;
  /** Live jobs and payments per currency, so "any other currency?" needs no pass over them. */
  #currencies = new Map<string, number>();
  #pending: Dirty = new Map();
  #busy = false;
  #paused = false;
  #closed = false;
  #error: unknown = undefined;
  #idle: (() => void)[] = [];
  readonly #listener = (parts: ObservabilitySet) => {
    if (this.#closed) return;
    addMutatedParts(this.#pending, parts, this.#db.name);
    this.#schedule();
  };

  /** `onChange` is called after the first read, after each apply that changed something, on error. */
  constructor(db: LedgerDb, onChange: () => void) {
    this.#db = db;
    this.#onChange = onChange;
    // Before the first read: a write committed while it runs is then queued, never lost.
    Dexie.on('storagemutated', this.#listener);
    this.#busy = true;
    void this.#load();
  }

  /** Undefined until the first read has arrived (and after it failed). */
  get figures(): LedgerFigures | undefined {
    return this.#figures;
  }
  get loaded(): boolean {
    return this.#figures !== undefined || this.#error !== undefined;
  }
  get error(): unknown {
    return this.#error;
  }

  /** A live record of the copy, by id. */
  record<T extends LedgerTable>(table: T, id: string): RecordOf[T] | undefined {
    return this.#figures?.record(table, id);
  }

  /** The currencies of the live jobs and payments. */
  currencies(): string[] {
    return [...this.#currencies.keys()];
  }

  /** Defers reading tables whole until resumed; writes by key are still followed. */
  pause(): void {
    this.#paused = true;
  }

  /** Whether a table waits to be read whole: reading everything afresh is then as quick. */
  get behind(): boolean {
    return [...this.#pending.values()].includes('whole');
  }
  resume(): void {
    this.#paused = false;
    this.#schedule();
  }
  close(): void {
    this.#closed = true;
    Dexie.on.storagemutated.unsubscribe(this.#listener);
    this.#settle();
  }

  /** Resolves once every write reported so far is applied (or reading stopped or failed). */
  settled(): Promise<void> {
    if (!this.#busy && (this.#pending.size === 0 || this.#stopped())) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #stopped(): boolean {
    return (this.#paused && this.behind) || this.#closed || this.#error !== undefined;
  }

  #settle(): void {
    const waiting = this.#idle;
    this.#idle = [];
    for (const resolve of waiting) resolve();
  }

  async #load(): Promise<void> {
    const db = this.#db;
    try {
      const whole = await Dexie.ignoreTransaction(() =>
        db.transaction('r', [...LEDGER_TABLES.map((t) => db.table(t))], async () => {
          const ledger = await wholeLedger(db);
          return { ...ledger, worksheets: liveOnly(await db.worksheets.toArray()) };
        }),
      );
      if (this.#closed) return;
      this.#start(whole);
    } catch (error) {
      this.#error = error;
    } finally {
      this.#busy = false;
    }
    if (this.#closed) return;
    this.#onChange();
    this.#schedule();
    if (!this.#busy) this.#settle();
  }

  #start(whole: WholeLedger): void {
    for (const record of [...whole.jobs, ...whole.payments]) this.#count(record.currency, 1);
    this.#figures = new LedgerFigures(whole);
  }

  #count(currency: string, by: number): void {
    const n = (this.#currencies.get(currency) ?? 0) + by;
    if (n > 0) this.#currencies.set(currency, n);
    else this.#currencies.delete(currency);
  }

  #schedule(): void {
    if (this.#busy || !this.#figures || this.#stopped()) {
      if (!this.#busy) this.#settle();
      return;
    }
    if (this.#pending.size === 0) return this.#settle();
    this.#busy = true;
    // Writes reported in the same task (several transactions committing together) join one batch.
    queueMicrotask(() => void this.#drain());
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pending.size > 0 && !this.#stopped()) {
        const work = this.#pending;
        this.#pending = new Map();
        const read = await Dexie.ignoreTransaction(() => this.#read(work));
        if (this.#closed) return;
        // Synchronous from here to apply: `before` is the copy as apply finds it (each record is
        // in one batch once: the keys of a table are a set, a table read whole lists each once).
        const changes = this.#changes(read);
        if (changes.length > 0) {
          this.#figures?.apply(changes);
          this.#onChange();
        }
      }
    } catch (error) {
      this.#error = error;
      this.#onChange();
    } finally {
      this.#busy = false;
      this.#settle();
    }
  }

  #read(work: Dirty): Promise<ReadTable[]> {
    const db = this.#db;
    const tables = [...work.keys()];
    return db.transaction(
      'r',
      tables.map((t) => db.table(t)),
      () =>
        Promise.all(
          [...work].map(async ([table, keys]): Promise<ReadTable> => {
            const store = db.table<AnyRecord, string>(table);
            if (keys === 'whole') return { table, whole: await store.toArray() };
            const list = [...keys];
            return { table, keys: list, rows: await store.bulkGet(list) };
          }),
        ),
    );
  }

  #changes(read: readonly ReadTable[]): RecordChange[] {
    const figures = this.#figures;
    if (!figures) throw new Error('The ledger copy is not loaded.');
    const changes: RecordChange[] = [];
    for (const part of read) {
      if ('whole' in part) {
        const fresh = new Map(liveOnly(part.whole).map((r) => [r.id, r]));
        for (const id of figures.ids(part.table)) {
          if (!fresh.has(id)) this.#change(changes, part.table, id, undefined);
        }
        for (const [id, record] of fresh) this.#change(changes, part.table, id, record);
      } else {
        part.keys.forEach((id, i) => {
          const row = part.rows[i];
          this.#change(changes, part.table, id, row && isLive(row) ? row : undefined);
        });
      }
    }
    return changes;
  }

  /** Notes one record as it now is, if it differs from what the copy holds (before `apply`). */
  #change(
    changes: RecordChange[],
    table: LedgerTable,
    id: string,
    after: AnyRecord | undefined,
  ): void {
    const before = this.#figures!.record(table, id) as AnyRecord | undefined;
    if (before === undefined && after === undefined) return;
    if (before !== undefined && after !== undefined && sameRecord(before, after)) return;
    if (CURRENCY_TABLES.has(table)) {
      if (before) this.#count((before as RecordOf['jobs']).currency, -1);
      if (after) this.#count((after as RecordOf['jobs']).currency, 1);
    }
    changes.push({ table, before, after } as RecordChange);
  }
}
