import type { Catalogue, Message, MessageKey } from './catalogue';

export type Params = Record<string, string | number>;

// Building an Intl formatter costs far more than using one, and a long list asks for one per row.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

function plurals(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function interpolate(template: string, params: Params, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = params[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

function pick(message: Message, params: Params, locale: string): string {
  if (typeof message === 'string') return message;
  const count = Number(params.count ?? 0);
  const form = plurals(locale).select(count) as keyof typeof message;
  return message[form] ?? message.other;
}

export function translate(
  catalogue: Catalogue,
  fallback: Catalogue,
  locale: string,
  key: MessageKey,
  params: Params = {},
): string {
  const message = catalogue[key] ?? fallback[key];
  if (message === undefined) return key;
  return interpolate(pick(message, params, locale), params, locale);
}
