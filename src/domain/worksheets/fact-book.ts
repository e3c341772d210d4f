/**
 * What every template's facts are written into, with a note of where each came from, and the few
 * facts several templates share (how long the relationship is).
 */
import type { ClientFigures, MoneyRecords } from '../metrics';
import type { Currency, Totals } from '../money';
import type { Contact, Job, Party, PromiseToPay, Reason, ScalarMap } from '../records';

export interface Ledger extends MoneyRecords {
  parties: readonly Party[];
  jobs: readonly Job[];
  contacts: readonly Contact[];
  promises: readonly PromiseToPay[];
}

/** A catalogue key `worksheets.source.<key>` saying where a fact came from. */
export const source = (key: string, params: Reason['params'] = {}): Reason => ({
  key: `worksheets.source.${key}`,
  params,
});

export function inCurrency(totals: Totals, currency: Currency): number {
  return totals[currency] ?? 0;
}

export class FactBook {
  values: ScalarMap = {};
  sources: Record<string, Reason> = {};
  set(key: string, value: number | string | null, from: Reason) {
    this.values[key] = value;
    this.sources[key] = from;
  }
}

/**
 * How long the relationship is, in months: a fact and a reason parameter that the screens read in
 * years and months ("8 years, 8 months"), as everywhere else.
 */
export const TENURE_FACT = 'tenureMonths';

export function addRelationship(book: FactBook, figures: ClientFigures) {
  book.set(TENURE_FACT, figures.tenureMonths, source('since', { day: { day: figures.since } }));
}
