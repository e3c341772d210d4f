/** How charts write values: through the app's locale and the currency being shown. */
import { minorDigits, type Currency } from '../domain/money';
import { i18n, t } from '../i18n/i18n.svelte';
import type { ChartFormat, ValueAxis } from './spec';

/** Minor units (cents) to the major units (dollars) a money axis counts in. */
export function toMajor(minor: number, currency: Currency): number {
  return minor / 10 ** minorDigits(currency);
}

/** Days rounded to one decimal: "12.5 days". */
export function formatDays(days: number): string {
  return t('common.days', { count: Math.round(days * 10) / 10 });
}

export function chartFormat(
  currency: Currency,
  locale: string = i18n.locale,
  title: Partial<Record<ValueAxis, string>> = {},
): ChartFormat {
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const scale = 10 ** minorDigits(currency);
  return {
    locale,
    value: {
      money: (n) => i18n.money(Math.round(n * scale), currency),
      days: formatDays,
      count: (n) => number.format(n),
    },
    tick: {
      money: (n) => compact.format(n),
      days: (n) => number.format(n),
      count: (n) => number.format(n),
    },
    title,
  };
}
