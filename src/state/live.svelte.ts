/**
 * A database read that stays current: it re-runs whenever the tables it read change, in this tab
 * or another (Dexie liveQuery), and whenever the reactive inputs read by `deps` change.
 * Create it while a component initialises; it stops when the component goes away.
 *
 * The query is given the database: reads the first screen makes must not import it (or Dexie)
 * themselves, as both load after that screen's code (load-database.ts).
 *
 * Each new input starts from nothing (no value, not loaded): a screen whose record id changes must
 * never show, or save, the previous record's value as the new one's. A failed read keeps its error
 * until retry() reads again.
 */
import type { LedgerDb } from '../db/database';
import { loadDatabase } from './load-database';
import { ifNothingStored, nothingStoredAnswer } from './nothing-stored-answer';

/** What a screen needs to know about a read to show it loading, failed or there. */
export interface LiveRead {
  readonly loaded: boolean;
  readonly error: unknown;
  retry(): void;
}

export class Live<T, D = void> implements LiveRead {
  // Raw: a query result is replaced whole, never changed in place, and a deep proxy over tens of
  // thousands of records made every read of a field on a large ledger cost a signal.
  #value = $state.raw<T | undefined>(undefined);
  #error = $state.raw<unknown>(undefined);
  #loaded = $state(false);
  /** Bumped by retry(): the same input, subscribed again. */
  #attempt = $state(0);

  /**
   * `whenNothingStored` is the answer on a device that has no database yet (nothing-stored.ts),
   * given while the database's code loads, so a first visit's screen need not wait for it.
   */
  constructor(
    deps: () => D,
    query: (deps: D, db: LedgerDb) => Promise<T>,
    whenNothingStored?: (deps: D) => T,
  ) {
    // Derived, so inputs that re-run to an equal key (a route change elsewhere) keep the read.
    const key = $derived(deps());
    $effect(() => {
      const d = key;
      void this.#attempt;
      this.#value = undefined;
      this.#error = undefined;
      this.#loaded = false;
      const fail = (error: unknown) => {
        this.#error = error;
        this.#loaded = true;
      };
      let subscription: { unsubscribe(): void } | undefined;
      let stopped = false;
      if (whenNothingStored) {
        ifNothingStored(
          nothingStoredAnswer(),
          () => {
            this.#value = whenNothingStored(d);
            this.#loaded = true;
          },
          () => stopped || this.#loaded,
        );
      }
      void loadDatabase({ canWait: whenNothingStored !== undefined }).then(
        ({ liveQuery, db }) => {
          if (stopped) return;
          subscription = liveQuery(() => query(d, db)).subscribe({
            next: (value) => {
              this.#value = value;
              this.#error = undefined;
              this.#loaded = true;
            },
            error: fail,
          });
        },
        (error: unknown) => !stopped && fail(error),
      );
      return () => {
        stopped = true;
        subscription?.unsubscribe();
      };
    });
  }

  get value(): T | undefined {
    return this.#value;
  }
  get error(): unknown {
    return this.#error;
  }
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Reads again after a failure (the subscription a failed query ends is not resumed). */
  retry(): void {
    this.#attempt += 1;
  }
}
