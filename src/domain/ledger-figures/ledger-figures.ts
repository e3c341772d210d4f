/**
 * The figures Home, its dashboard and the needs-a-decision view show, kept beside one copy of the
 * ledger that follows each write (`apply` the records a write changed) instead of reading and
 * recomputing ten years of records per write.
 *
 * Each figure is asked for with its inputs and kept until the ledger or the inputs change. Every
 * answer must equal the whole-ledger function named beside it, run over `ledger()`.
 */
import type { Day } from '../dates';
import { agingSnapshot, type AgingSnapshot } from '../insights/aging';
import { goodwillSummary, type GoodwillSummary } from '../insights/goodwill';
import { homeSummary, type HomeSummary } from '../insights/home-summary';
import type { InsightLedger } from '../insights/ledger';
import { mainCurrency } from '../insights/ledger';
import { monthlyFlow, type MonthFlow } from '../insights/monthly';
import { slowestPayers, type SlowPayer } from '../insights/slowest';
import type { Currency } from '../money';
import type { Id, RecordOf, Worksheet } from '../records';
import { needsDecision, type NeedsDecision } from '../worksheets/needs-decision';
import type { OwnerTerms } from '../worksheets/template';

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

  #kept<R>(key: string, compute: () => R): R {
    if (!this.#memo.has(key)) this.#memo.set(key, compute());
    return this.#memo.get(key) as R;
  }

  /** = homeSummary(ledger(), asOf) */
  home(asOf: Day): HomeSummary {
    return this.#kept(`home ${asOf}`, () => homeSummary(this.ledger(), asOf));
  }

  /** = agingSnapshot(parties, jobs, ledger(), asOf) */
  aging(asOf: Day): AgingSnapshot {
    const l = this.ledger();
    return this.#kept(`aging ${asOf}`, () => agingSnapshot(l.parties, l.jobs, l, asOf));
  }

  /** = monthlyFlow(jobs, ledger(), asOf, currency) */
  monthlyFlow(asOf: Day, currency: Currency): MonthFlow[] {
    const l = this.ledger();
    return this.#kept(`flow ${asOf} ${currency}`, () => monthlyFlow(l.jobs, l, asOf, currency));
  }

  /** = slowestPayers(parties, ledger(), asOf, graceDays) */
  slowestPayers(asOf: Day, graceDays: number): SlowPayer[] {
    const l = this.ledger();
    return this.#kept(`slowest ${asOf} ${graceDays}`, () =>
      slowestPayers(l.parties, l, asOf, graceDays),
    );
  }

  /** = goodwillSummary(parties, ledger(), asOf) (the worksheets' credits included) */
  goodwill(asOf: Day): GoodwillSummary {
    const l = this.ledger();
    return this.#kept(`goodwill ${asOf}`, () => goodwillSummary(l.parties, l, asOf));
  }

  /** = needsDecision(ledger(), worksheets, asOf, owner) */
  needsDecision(asOf: Day, owner: OwnerTerms): NeedsDecision {
    const l = this.ledger();
    return this.#kept(`needs ${asOf} ${JSON.stringify(owner)}`, () =>
      needsDecision(l, l.worksheets, asOf, owner),
    );
  }

  /** = mainCurrency(jobs, fallback) */
  mainCurrency(fallback: Currency): Currency {
    return this.#kept(`currency ${fallback}`, () => mainCurrency(this.ledger().jobs, fallback));
  }
}
