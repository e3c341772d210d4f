/**
 * The figures Home, its dashboard and the needs-a-decision view show, kept beside one copy of the
 * ledger that follows each write (`apply` the records a write changed) instead of reading and
 * recomputing ten years of records per write.
 *
 * Each figure is asked for with its inputs (`get(figure, ...args)`) and kept until the ledger or
 * the inputs change. Every answer must equal the figure's `whole` function run over `ledger()`.
 */
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

/** One figure the screens show, defined by what it is over the whole ledger. */
export interface Figure<A extends readonly unknown[], R> {
  /** Unique among figures: names what is kept. */
  readonly name: string;
  /** The answer over every live record: what any quicker way of answering must equal. */
  whole(ledger: WholeLedger, ...args: A): R;
}

export class LedgerFigures {
  #tables: { [T in LedgerTable]: Map<Id, RecordOf[T]> };
  #version = 0;
  #ledger: WholeLedger | undefined;
  #memo = new Map<string, unknown>();

  constructor(initial: WholeLedger) {
    const byId = <R extends { id: Id }>(rows: readonly R[]) => new Map(rows.map((r) => [r.id, r]));
    this.#tables = {
      parties: byId(initial.parties),
      jobs: byId(initial.jobs),
      payments: byId(initial.payments),
      credits: byId(initial.credits),
      writeOffs: byId(initial.writeOffs),
      disputes: byId(initial.disputes),
      promises: byId(initial.promises),
      contacts: byId(initial.contacts),
      worksheets: byId(initial.worksheets),
    };
  }

  /** Bumped by every `apply` that changed something: a screen re-reads its figures on a new one. */
  get version(): number {
    return this.#version;
  }

  apply(changes: readonly RecordChange[]): void {
    if (changes.length === 0) return;
    for (const change of changes) {
      const table = this.#tables[change.table] as Map<Id, unknown>;
      const id = (change.after ?? change.before)?.id;
      if (id === undefined) continue;
      if (change.after) table.set(id, change.after);
      else table.delete(id);
    }
    this.#version += 1;
    this.#ledger = undefined;
    this.#memo.clear();
  }

  /** Every live record, as arrays (rebuilt at most once per version). */
  ledger(): WholeLedger {
    const t = this.#tables;
    this.#ledger ??= {
      parties: [...t.parties.values()],
      jobs: [...t.jobs.values()],
      payments: [...t.payments.values()],
      credits: [...t.credits.values()],
      writeOffs: [...t.writeOffs.values()],
      disputes: [...t.disputes.values()],
      promises: [...t.promises.values()],
      contacts: [...t.contacts.values()],
      worksheets: [...t.worksheets.values()],
    };
    return this.#ledger;
  }

  /**
   * The figure's answer for these inputs, kept until the next change. Each figure is its own module
   * (./figures), so a screen's code brings only the figures it shows.
   */
  get<A extends readonly unknown[], R>(figure: Figure<A, R>, ...args: A): R {
    const key = `${figure.name} ${JSON.stringify(args)}`;
    if (!this.#memo.has(key)) this.#memo.set(key, figure.whole(this.ledger(), ...args));
    return this.#memo.get(key) as R;
  }
}
