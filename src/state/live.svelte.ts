/**
 * A database read that stays current: it re-runs whenever the tables it read change, in this tab
 * or another (Dexie liveQuery), and whenever the reactive inputs read by `deps` change.
 * Create it while a component initialises; it stops when the component goes away.
 */
import { liveQuery } from 'dexie';

export class Live<T, D = void> {
  // Raw: a query result is replaced whole, never changed in place, and a deep proxy over tens of
  // thousands of records made every read of a field on a large ledger cost a signal.
  #value = $state.raw<T | undefined>(undefined);
  #error = $state<unknown>(undefined);
  #loaded = $state(false);

  constructor(deps: () => D, query: (deps: D) => Promise<T>) {
    $effect(() => {
      const d = deps();
      const subscription = liveQuery(() => query(d)).subscribe({
        next: (value) => {
          this.#value = value;
          this.#error = undefined;
          this.#loaded = true;
        },
        error: (error: unknown) => {
          this.#error = error;
          this.#loaded = true;
        },
      });
      return () => subscription.unsubscribe();
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
}
