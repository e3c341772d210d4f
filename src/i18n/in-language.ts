/**
 * Text in a chosen language, whatever the app's: an invoice goes out in the client's language
 * (English or Russian) even when the owner runs the app in the other. Reads the whole catalogue,
 * so only screens loaded after it (every one but the first) use it.
 */
import type { Day } from '../domain/dates';
import type { Currency } from '../domain/money';
import { catalogues, en, type MessageKey } from './catalogue';
import { formatDay, formatMoney } from './format';
import { translate, type Params } from './translate';

export interface InLanguage {
  language: string;
  t: (key: MessageKey, params?: Params) => string;
  money: (minor: number, currency: Currency) => string;
  day: (day: Day) => string;
  /** A quantity as written in the language ("2.5" or "2,5"). */
  number: (value: number) => string;
}

export function inLanguage(language: string): InLanguage {
  const catalogue = catalogues[language] ?? en;
  const locale = catalogues[language] ? language : 'en';
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    language: locale,
    t: (key, params) => translate(catalogue, en, locale, key, params),
    money: (minor, currency) => formatMoney(minor, currency, locale),
    day: (day) => formatDay(day, locale),
    number: (value) => numbers.format(value),
  };
}
