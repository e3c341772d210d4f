/**
 * The screens' view of the one copy of the ledger each tab keeps (ledger-follower.ts): Home's
 * figures and debtors, its dashboard and the needs-a-decision card and screen ask it for their
 * figures, which follow each write instead of reading the whole ledger again.
 *
 * The copy is shared and counted: the first screen that needs it reads the ledger, the others use
 * it as it is. When the last one closes the copy goes on following writes by key, and is dropped
 * after LINGER_MS; a screen that opens meanwhile shows it at once. A write it would have to read a
 * table whole for (an import) while no screen shows it makes it read everything afresh instead, so
 * a screen opening after an import shows "Loading…", never the figures from before it.
 *
 * The copy's code (the follower, the figures' bookkeeping) is not part of Home's first visit: it
 * loads while the database opens, before any figure could show anyway.
 */
import type { LedgerDb } from '../db/database';
import type { Figure, LedgerTable } from '../domain/ledger-figures/ledger-figures';
import { EMPTY_LEDGER } from '../domain/ledger-figures/empty-ledger';
import type { RecordOf } from '../domain/records';
import { databaseWhenNeeded } from './load-database';
import { ifNothingStored, nothingStoredAnswer } from './nothing-stored-answer';
import type { LedgerFollower } from './ledger-follower';
import type { LiveRead } from './live.svelte';

/**
 * How long the copy outlives the last screen using it. The usual trip from Home to a form and
 * back (record a payment, add a job) takes a minute or two, and reading ten years of records again
 * takes seconds on a phone; longer than a few minutes, a phone would hold tens of megabytes of
 * records for a screen that may not come back.
 */
export const LINGER_MS = 3 * 60_000;

/** The shared copy of one database, counted by the screens that use it. */
export class SharedLedger {
  /** Bumped whenever what the copy answers may have changed: the screens read again on it. */
  revision = $state(0);
  #loaded = $state(false);
  /** A device with no database yet, seen before the copy was read (nothing-stored.ts). */
  #nothingStored = $state(false);
  #error = $state.raw<unknown>(undefined);
  /** The database, or how to load it (the app's copy loads it after the first screen's code). */
  readonly #db: LedgerDb | (() => Promise<LedgerDb>);
  readonly #lingerMs: number;
  readonly #nothingStoredYet: (() => boolean | Promise<boolean>) | undefined;
  /** The copy being made or made; undefined when there is none. */
  #session: { follower?: LedgerFollower } | undefined;
  #users = 0;
  #dropTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `nothingStoredYet` says, before the copy is read, whether the database is known to hold
   * nothing (nothing-stored.ts): the screens then show the figures of no records at once.
   */
  constructor(
    database: LedgerDb | (() => Promise<LedgerDb>),
    lingerMs = LINGER_MS,
    nothingStoredYet?: () => boolean | Promise<boolean>,
  ) {
    this.#db = database;
    this.#lingerMs = lingerMs;
    this.#nothingStoredYet = nothingStoredYet;
  }

  get loaded(): boolean {
    return this.#loaded || this.#nothingStored;
  }
  /** True until the copy is read on a device that has no database yet: every figure is of no records. */
  get nothingStored(): boolean {
    return this.#nothingStored && !this.#loaded;
  }
  get error(): unknown {
    return this.#error;
  }
  /** The copy as it stands (not reactive: read `revision` to follow it). */
  get follower(): LedgerFollower | undefined {
    return this.#session?.follower;
  }

  /** A screen starts using the copy; the returned function says it has stopped. */
  acquire(): () => void {
    this.#users += 1;
    clearTimeout(this.#dropTimer);
    this.#dropTimer = undefined;
    if (this.#session?.follower?.behind) this.#drop();
    if (this.#session) this.#session.follower?.resume();
    else this.#start();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#release();
    };
  }

  /** Reads the whole ledger again (after a failed read). */
  retry(): void {
    this.#drop();
    if (this.#users > 0) this.#start();
  }

  /** Resolves once the copy has applied every write reported so far (for tests and the bench). */
  settled(): Promise<void> {
    return this.follower?.settled() ?? Promise.resolve();
  }

  #release(): void {
    this.#users -= 1;
    if (this.#users > 0) return;
    this.#session?.follower?.pause();
    this.#dropTimer = setTimeout(() => this.#drop(), this.#lingerMs);
  }

  #start(): void {
    this.#loaded = false;
    this.#error = undefined;
    const session: { follower?: LedgerFollower } = {};
    this.#session = session;
    this.#nothingStored = false;
    ifNothingStored(
      this.#nothingStoredYet?.(),
      () => (this.#nothingStored = true),
      () => this.#session !== session || this.#loaded,
    );
    void this.#follow(session);
  }

  async #follow(session: { follower?: LedgerFollower }): Promise<void> {
    let Follower: typeof LedgerFollower;
    let database: LedgerDb;
    try {
      database = typeof this.#db === 'function' ? await this.#db() : this.#db;
      // The follower's code brings Dexie: asked for once the database is there, so neither is
      // fetched before the first paint (load-database.ts).
      Follower = (await import('./ledger-follower')).LedgerFollower;
    } catch (error) {
      if (this.#session !== session) return;
      this.#error = error;
      this.#loaded = true;
      return;
    }
    if (this.#session !== session) return;
    const follower = new Follower(database, () => {
      if (this.#session !== session) return;
      this.#loaded = follower.loaded;
      this.#error = follower.error;
      this.revision += 1;
    });
    session.follower = follower;
    if (this.#users === 0) follower.pause();
  }

  #drop(): void {
    clearTimeout(this.#dropTimer);
    this.#dropTimer = undefined;
    this.#session?.follower?.close();
    this.#session = undefined;
    this.#loaded = false;
    this.#nothingStored = false;
    this.#error = undefined;
    this.revision += 1;
  }
}

/** What a screen reads: its figures, answered by the shared copy, and whether it has loaded. */
export class LedgerMirror implements LiveRead {
  readonly #shared: SharedLedger;

  /** Create while a component initialises: it uses the copy until the component goes away. */
  constructor(shared: SharedLedger = appLedger) {
    this.#shared = shared;
    $effect(() => shared.acquire());
  }

  get loaded(): boolean {
    return this.#shared.loaded;
  }
  get error(): unknown {
    return this.#shared.error;
  }
  retry(): void {
    this.#shared.retry();
  }

  /** Changes whenever the figures may have: a derived value that reads it follows the ledger. */
  get version(): number {
    return this.#shared.revision;
  }

  /** A figure for these inputs; undefined until the ledger is read. */
  get<A extends readonly unknown[], R>(figure: Figure<A, R>, ...args: A): R | undefined {
    void this.#shared.revision;
    const figures = this.#shared.follower?.figures;
    if (figures) return figures.get(figure, ...args);
    return this.#shared.nothingStored ? figure.whole(EMPTY_LEDGER, ...args) : undefined;
  }

  /** One live record by id (a name to show), without a pass over its table. */
  record<T extends LedgerTable>(table: T, id: string): RecordOf[T] | undefined {
    void this.#shared.revision;
    return this.#shared.follower?.record(table, id);
  }

  /** Whether any live job or payment is in a currency other than `currency`. */
  hasOtherCurrency(currency: string): boolean {
    void this.#shared.revision;
    return (this.#shared.follower?.currencies() ?? []).some((c) => c !== currency);
  }
}

/** The app's copy, of the app's database. */
export const appLedger = new SharedLedger(databaseWhenNeeded, LINGER_MS, nothingStoredAnswer);

export function ledgerMirror(): LedgerMirror {
  return new LedgerMirror();
}
