/** Money, dates and numbers in the user's locale, through Intl only. */
import { dayToDate, type Day } from '../domain/dates';
import { minorDigits, type Currency, type Totals } from '../domain/money';

// Making a formatter costs far more than using one (a tenth of a millisecond and more each, on a
// phone): Home's figures write a year of months and many amounts on every change.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = cache.get(key) as F | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

function numberFormat(locale: string, currency: Currency): Intl.NumberFormat {
  return kept(
    `n|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  );
}

export function formatMoney(minor: number, currency: Currency, locale: string): string {
  return numberFormat(locale, currency).format(minor / 10 ** minorDigits(currency));
}

/** Per-currency totals side by side ("$1,200.00 + €300.00"); never summed across currencies. */
export function formatTotals(totals: Totals, locale: string, zeroCurrency: Currency): string {
  const parts = Object.entries(totals)
    .filter(([, minor]) => minor !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => formatMoney(minor, currency, locale));
  return parts.length ? parts.join(' + ') : formatMoney(0, zeroCurrency, locale);
}

export function formatDay(day: Day, locale: string, style: 'medium' | 'short' = 'medium'): string {
  const f = kept(
    `d|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }),
  );
  return f.format(dayToDate(day));
}

/** A `YYYY-MM` month: "Mar 26" short (a chart's axis), "March 2026" long (tables, summaries). */
export function formatMonth(month: string, locale: string, length: 'short' | 'long'): string {
  const f = kept(`m|${locale}|${length}`, () =>
    length === 'short'
      ? new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' })
      : new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return f.format(dayToDate(`${month}-15` as Day));
}

export function formatPercent(ratio: number, locale: string): string {
  const f = kept(
    `p|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  return f.format(ratio);
}
