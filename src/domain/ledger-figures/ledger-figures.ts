/**
 * The figures Home, its dashboard and the needs-a-decision view show, kept beside one copy of the
 * ledger that follows each write (`apply` the records a write changed) instead of reading and
 * recomputing ten years of records per write.
 *
 * Each figure is asked for with its inputs (`get(figure, ...args)`) and kept until the ledger or
 * the inputs change. Every answer must equal the figure's `whole` function run over `ledger()`.
 *
 * A figure that says how it is made of per-party parts (`parts`) is kept incrementally: the ledger
 * is split by party (slices.ts), each party's part is kept until a write touches that party, and
 * the parts are combined on the next ask. A figure without parts is worked out whole.
 */
import type { Id, Party, RecordOf, Worksheet } from '../records';
import { isLive } from '../records/live';
import { PartySlices, type PartyView, type Tables } from './slices';
import {
  byId,
  inIdOrder,
  LEDGER_TABLES,
  Table,
  type LedgerRecord,
  type LedgerTable,
  type RecordChange,
  type WholeLedger,
} from './tables';

export { LEDGER_TABLES, type LedgerTable, type RecordChange, type WholeLedger } from './tables';
export type { PartyView } from './slices';

/** What every party's part may read beyond its own slice. */
export interface Shared {
  /** Every live worksheet, in id order (the same array until a worksheet changes). */
  worksheets: readonly Worksheet[];
  /** Any live party, by id (a job names its subcontractor, who has a slice of its own). */
  party(id: Id): Party | undefined;
}

/**
 * How a figure is made of per-party parts. `part` reads one party's slice only (and `shared`);
 * `combine` must give what `whole` gives, whatever order the parts come in.
 */
export interface FigureParts<A extends readonly unknown[], R, P> {
  part(view: PartyView, shared: Shared, ...args: A): P;
  combine(parts: readonly P[], shared: Shared, ...args: A): R;
}

/** One figure the screens show, defined by what it is over the whole ledger. */
export interface Figure<A extends readonly unknown[], R> {
  /** Unique among figures: names what is kept. */
  readonly name: string;
  /** The answer over every live record: what any quicker way of answering must equal. */
  whole(ledger: WholeLedger, ...args: A): R;
  /** How it is kept per party, when it can be; without it, it is worked out whole per change. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a figure's part type is its own
  readonly parts?: FigureParts<A, R, any>;
}

/** A figure kept for one set of inputs. */
interface Kept {
  parts: Map<Id, unknown> | undefined;
  /** Parties whose part is out of date. */
  dirty: Set<Id>;
  result: unknown;
  current: boolean;
}

/** Figures kept for this many sets of inputs at most (the screens ask for a few). */
const KEPT_INPUTS = 32;

export class LedgerFigures {
  #tables: Tables;
  #slices: PartySlices;
  #version = 0;
  #ledger: WholeLedger | undefined;
  #kept = new Map<string, Kept>();
  #shared: Shared;

  /**
   * `initial`'s lists are kept as they are when they hold live records only, in id order (as the
   * follower's read gives them): they must not be changed after.
   */
  constructor(initial: WholeLedger) {
    const table = <T extends LedgerTable>(name: T) => {
      const given = initial[name] as readonly RecordOf[T][];
      // A read from the database is in id order and live already: checked, not copied or sorted.
      const live = given.every(isLive) ? given : given.filter(isLive);
      const rows = inIdOrder(live) ? live : [...live].sort(byId);
      // The jobs and parties are looked up by id for every record that names them.
      return new Table(rows, name === 'jobs' || name === 'parties');
    };
    this.#tables = Object.fromEntries(LEDGER_TABLES.map((t) => [t, table(t)])) as Tables;
    this.#slices = new PartySlices(this.#tables);
    const parties = this.#tables.parties;
    const worksheets = this.#tables.worksheets;
    this.#shared = {
      get worksheets() {
        return worksheets.rows();
      },
      party: (id) => parties.get(id),
    };
  }

  /** A live record of the copy, by id: the one place the copy holds it (`before` for a change). */
  record<T extends LedgerTable>(table: T, id: Id): RecordOf[T] | undefined {
    return this.#tables[table].get(id) as RecordOf[T] | undefined;
  }

  /** The ids of a table's live records (to tell which ones a fresh read of it no longer has). */
  ids(table: LedgerTable): IterableIterator<Id> {
    return this.#tables[table].ids();
  }

  /** Bumped by every `apply` that changed something: a screen re-reads its figures on a new one. */
  get version(): number {
    return this.#version;
  }

  apply(changes: readonly RecordChange[]): void {
    if (changes.length === 0) return;
    const touched = new Set<Id>();
    for (const change of changes) {
      const id = (change.after ?? change.before)?.id;
      if (id === undefined) continue;
      const after = change.after && isLive(change.after) ? change.after : undefined;
      this.#slices.set(change.table, id, after as LedgerRecord | undefined, touched);
    }
    this.#version += 1;
    this.#ledger = undefined;
    for (const kept of this.#kept.values()) {
      kept.current = false;
      for (const partyId of touched) kept.dirty.add(partyId);
    }
  }

  /** Every live record, as arrays in id order (each the same array until its table changes). */
  ledger(): WholeLedger {
    const t = this.#tables;
    this.#ledger ??= {
      parties: t.parties.rows(),
      jobs: t.jobs.rows(),
      payments: t.payments.rows(),
      credits: t.credits.rows(),
      writeOffs: t.writeOffs.rows(),
      disputes: t.disputes.rows(),
      promises: t.promises.rows(),
      contacts: t.contacts.rows(),
      worksheets: t.worksheets.rows(),
    };
    return this.#ledger;
  }

  /**
   * The figure's answer for these inputs, kept until the next change. Each figure is its own module
   * (./figures), so a screen's code brings only the figures it shows.
   */
  get<A extends readonly unknown[], R>(figure: Figure<A, R>, ...args: A): R {
    const key = `${figure.name} ${JSON.stringify(args)}`;
    let kept = this.#kept.get(key);
    if (kept) {
      // Most recently asked last, so the oldest inputs are dropped first.
      this.#kept.delete(key);
      this.#kept.set(key, kept);
    } else {
      kept = { parts: undefined, dirty: new Set(), result: undefined, current: false };
      this.#kept.set(key, kept);
      if (this.#kept.size > KEPT_INPUTS) this.#kept.delete(this.#kept.keys().next().value!);
    }
    if (kept.current) return kept.result as R;
    const parts = figure.parts;
    if (!parts) {
      kept.result = figure.whole(this.ledger(), ...args);
    } else {
      if (!kept.parts) {
        kept.parts = new Map();
        for (const partyId of this.#slices.partyIds()) {
          kept.parts.set(partyId, parts.part(this.#slices.view(partyId)!, this.#shared, ...args));
        }
      } else {
        for (const partyId of kept.dirty) {
          const view = this.#slices.view(partyId);
          if (view) kept.parts.set(partyId, parts.part(view, this.#shared, ...args));
          else kept.parts.delete(partyId);
        }
      }
      kept.result = parts.combine([...kept.parts.values()], this.#shared, ...args);
    }
    kept.dirty.clear();
    kept.current = true;
    return kept.result as R;
  }
}
