import type { Catalogue, Message, MessageKey } from './catalogue';

export type Params = Record<string, string | number>;

function interpolate(template: string, params: Params, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = params[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

function pick(message: Message, params: Params, locale: string): string {
  if (typeof message === 'string') return message;
  const count = Number(params.count ?? 0);
  const form = new Intl.PluralRules(locale).select(count) as keyof typeof message;
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
