/**
 * The language in force, as reactive state so every screen re-renders when it changes. The choice
 * follows the browser until Settings picks one. The first visit brings only the first screen's
 * messages (first-screen.ts); `loadAll` fetches the whole catalogue, which every other screen
 * awaits before it shows, so no screen but the first ever finds a message missing.
 */
import type { Catalogue, MessageKey } from './catalogue';
import { firstScreen, supportedLocales } from './first-screen';
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

  #all = $state.raw<Record<string, Catalogue> | undefined>();
  #loading: Promise<void> | undefined;

  /** Fetches every message, once; resolves when they are in use. */
  loadAll = (): Promise<void> =>
    (this.#loading ??= import('./catalogue').then(({ catalogues }) => {
      this.#all = catalogues;
    }));

  t = (key: MessageKey, params?: Params): string => {
    const all = this.#all;
    const en = all?.en ?? (firstScreen.en as Catalogue);
    // Until the rest arrives (a moment after the first screen), a message from it is blank
    // rather than its key.
    if (!all && !(key in en)) return '';
    const chosen = all?.[this.language] ?? (firstScreen[this.language] as Catalogue | undefined);
    return translate(chosen ?? en, en, this.locale, key, params);
  };

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

/** A loader of code shown after the first screen, which also waits for the whole catalogue. */
export function withAllMessages<M>(load: () => Promise<M>): () => Promise<M> {
  return async () => (await Promise.all([load(), i18n.loadAll()]))[0];
}
