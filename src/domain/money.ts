/**
 * Money is an integer count of minor units (cents) with an ISO 4217 currency, never a float.
 * The number of minor units comes from Intl, so JPY has none and BHD has three.
 */
import type { z } from 'zod';
import type { currencySchema } from './money-schemas';

// The schemas live in money-schemas.ts, so formatting and totals come without zod.
export type Currency = z.infer<typeof currencySchema>;

/** Largest amount we accept: ten billion major units, well inside Number.MAX_SAFE_INTEGER. */
export const MAX_MINOR = 10_000_000_000_000;

const digitsCache = new Map<string, number>();

export function minorDigits(currency: Currency): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return true;
  }
}

export type ParsedAmount =
  | { ok: true; minor: number }
  | { ok: false; error: 'empty' | 'not_a_number' | 'negative' | 'too_many_decimals' | 'too_large' };

/**
 * Reads an amount typed by a person ("1,500.50", "1 500,5", "12") into minor units. The last `.`
 * or `,` is the decimal mark unless it is followed by exactly three digits and is not the locale's
 * decimal separator, in which case it groups thousands: "1,500" is 1500 in English, and "1.234"
 * in dollars is refused rather than silently read as 1234.
 */
export function parseAmount(
  text: string,
  currency: Currency,
  decimalSeparator: '.' | ',' = '.',
): ParsedAmount {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (trimmed === '') return { ok: false, error: 'empty' };
  if (trimmed.startsWith('-')) return { ok: false, error: 'negative' };
  if (!/^[0-9.,]+$/.test(trimmed)) return { ok: false, error: 'not_a_number' };
  const digits = minorDigits(currency);
  const lastSep = Math.max(trimmed.lastIndexOf('.'), trimmed.lastIndexOf(','));
  let whole = trimmed;
  let fraction = '';
  if (lastSep >= 0) {
    const tail = trimmed.slice(lastSep + 1);
    const sep = trimmed[lastSep];
    const sepCount = (trimmed.match(/[.,]/g) ?? []).length;
    const groupsThousands =
      tail.length === 3 &&
      (sep !== decimalSeparator ||
        (sepCount > 1 && !trimmed.slice(0, lastSep).includes(sep === '.' ? ',' : '.')));
    if (!groupsThousands) {
      whole = trimmed.slice(0, lastSep);
      fraction = tail;
    }
  }
  whole = whole.replace(/[.,]/g, '');
  if (whole === '' && fraction === '') return { ok: false, error: 'not_a_number' };
  if (fraction.length > digits) return { ok: false, error: 'too_many_decimals' };
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor) || minor > MAX_MINOR) return { ok: false, error: 'too_large' };
  return { ok: true, minor };
}

/** Minor units as a plain decimal string for an input field ("1500.5" → "1500.50"). */
export function minorToInput(minor: number, currency: Currency): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, '0')}`;
}

export function minorToMajor(minor: number, currency: Currency): number {
  return minor / 10 ** minorDigits(currency);
}

/** Sums amounts per currency, so different currencies are never added together silently. */
export type Totals = Record<Currency, number>;

export function addToTotals(totals: Totals, currency: Currency, minor: number): Totals {
  totals[currency] = (totals[currency] ?? 0) + minor;
  return totals;
}
