import { describe, expect, test } from 'vitest';
import { formatDay, formatMoney, formatMonth, formatPercent, formatTotals } from './format';

describe('formatting', () => {
  test('money is shown with the currency’s own decimals in the locale’s style', () => {
    expect(formatMoney(150_050, 'USD', 'en-US')).toBe('$1,500.50');
    expect(formatMoney(1500, 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney(1234, 'BHD', 'en-US').replace(/\s/g, ' ')).toBe('BHD 1.234');
    expect(formatMoney(150_050, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.500,50 €');
  });

  test('totals in two currencies are shown side by side, never summed', () => {
    expect(formatTotals({ USD: 1000, EUR: 500 }, 'en-US', 'USD')).toBe('€5.00 + $10.00');
    expect(formatTotals({}, 'en-US', 'USD')).toBe('$0.00');
  });

  test('a day is shown on its own date whatever the time zone', () => {
    expect(formatDay('2026-03-01', 'en-US')).toBe('Mar 1, 2026');
  });

  test('a month is written in the locale, short on an axis and long in a table', () => {
    expect(formatMonth('2026-03', 'en-US', 'short')).toBe('Mar 26');
    expect(formatMonth('2026-03', 'en-US', 'long')).toBe('March 2026');
    expect(formatMonth('2026-03', 'de-DE', 'long')).toBe('März 2026');
    expect(formatMonth('2026-12', 'ru-RU', 'long')).toBe('декабрь 2026 г.');
    // The formatter kept for one locale and length is not reused for another.
    expect(formatMonth('2026-03', 'en-US', 'short')).toBe('Mar 26');
  });

  test('a share is a whole percent in the locale', () => {
    expect(formatPercent(0.256, 'en-US')).toBe('26%');
    expect(formatPercent(0.256, 'ru-RU').replace(/\s/g, ' ')).toBe('26 %');
    expect(formatPercent(1, 'en-US')).toBe('100%');
  });
});
