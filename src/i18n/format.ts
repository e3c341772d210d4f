/** Money, dates and numbers in the user's locale, through Intl only. */
import { dayToDate, type Day } from '../domain/dates';
import { minorDigits, type Currency, type Totals } from '../domain/money';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, currency: Currency): Intl.NumberFormat {
  const key = `n|${locale}|${currency}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    cache.set(key, f);
  }
  return f;
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
  const key = `d|${locale}|${style}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f.format(dayToDate(day));
}

export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio,
  );
}
