/** Worksheet values in words: money, months, days, percentages and choices, through the catalogue. */
import type { Currency } from '../../domain/money';
import type { Scalar } from '../../domain/records';
import type { ValueKind } from '../../domain/worksheets';
import type { MessageKey } from '../../i18n/catalogue';
import { i18n, t } from '../../i18n/i18n.svelte';
import { tenureWords } from '../../i18n/tenure';

/** A catalogue key built from a template's data (checked by the catalogue test). */
export function tk(key: string, params?: Record<string, string | number>): string {
  return t(key as MessageKey, params);
}

export function formatValue(
  key: string,
  kind: ValueKind | undefined,
  value: Scalar,
  currency: Currency,
): string {
  if (value === null || value === undefined) return t('worksheets.facts.unknown');
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    if (kind === 'day') return i18n.day(value);
    return kind === 'choice' ? tk(`worksheets.choice.${key}.${value}`) : value;
  }
  switch (kind) {
    case 'money':
      return i18n.money(value, currency);
    case 'months':
      // The only months fact is how long we have worked together: read as on the client's page.
      return tenureWords(value);
    case 'days':
      return t('worksheets.unit.days', { count: Math.round(value * 10) / 10 });
    case 'ratio':
      return i18n.percent(value);
    case 'percent':
      return t('worksheets.unit.percent', { count: value });
    default:
      return new Intl.NumberFormat(i18n.locale).format(value);
  }
}

/**
 * A score or its points, signed, with a true minus sign (U+2212) in every language, so "−67"
 * sits beside "+33" and "−100" alike (Intl gives a hyphen for the minus in English and Russian).
 */
export function signedScore(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
    .formatToParts(Math.round(n))
    .map((part) => (part.type === 'minusSign' ? '\u2212' : part.value))
    .join('');
}

export function templateTitle(id: string): string {
  return tk(`worksheets.template.${id}.title`);
}

export function optionLabel(option: string): string {
  return tk(`worksheets.option.${option}`);
}
