/**
 * The language in force, as reactive state so every screen re-renders when it changes. The choice
 * follows the browser until Settings picks one.
 */
import { catalogues, en, supportedLocales, type MessageKey } from './catalogue';
import { translate, type Params } from './translate';
import { formatDay, formatMoney, formatPercent, formatTotals } from './format';
import type { Day } from '../domain/dates';
import type { Currency, Totals } from '../domain/money';

export function browserLocale(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  return languages.find((l) => supportedLocales.includes(l.split('-')[0]!)) ?? 'en';
}

class I18n {
  /** A BCP 47 tag used for formatting (e.g. en-GB); its language picks the catalogue. */
  locale = $state(browserLocale());
  language = $derived(
    supportedLocales.includes(this.locale.split('-')[0]!) ? this.locale.split('-')[0]! : 'en',
  );

  /** The decimal mark people type in this locale, so "1,5" means one and a half in Russian. */
  decimalSeparator = $derived<'.' | ','>(
    new Intl.NumberFormat(this.locale).formatToParts(1.5).find((p) => p.type === 'decimal')
      ?.value === ','
      ? ','
      : '.',
  );

  t = (key: MessageKey, params?: Params): string =>
    translate(catalogues[this.language] ?? en, en, this.locale, key, params);

  money = (minor: number, currency: Currency): string => formatMoney(minor, currency, this.locale);
  totals = (totals: Totals, currency: Currency): string =>
    formatTotals(totals, this.locale, currency);
  day = (day: Day | null, style: 'medium' | 'short' = 'medium'): string =>
    day ? formatDay(day, this.locale, style) : this.t('common.none');
  percent = (ratio: number | null): string =>
    ratio === null ? this.t('common.none') : formatPercent(ratio, this.locale);

  /** 'auto' follows the browser. */
  choose(choice: string) {
    this.locale = choice === 'auto' ? browserLocale() : choice;
    if (typeof document !== 'undefined') document.documentElement.lang = this.language;
  }
}

export const i18n = new I18n();
export const t = i18n.t;
