import { describe, expect, it } from 'vitest';
import { chartFormat, formatDays, toMajor } from './format';

describe('chart formats', () => {
  it('turns cents into dollars and yen into yen', () => {
    expect(toMajor(150050, 'USD')).toBe(1500.5);
    expect(toMajor(1500, 'JPY')).toBe(1500);
  });

  it('writes money in the currency and locale, compact on the axis', () => {
    const usd = chartFormat('USD', 'en-US');
    expect(usd.value.money(1500.5)).toBe('$1,500.50');
    expect(usd.tick.money(12000)).toBe('$12K');
    const eur = chartFormat('EUR', 'de-DE');
    expect(eur.tick.money(12000)).toMatch(/12.*€/);
    expect(eur.tick.days(2.5)).toBe('2,5');
  });

  it('rounds days to one decimal with the right plural', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12.345)).toBe('12.3 days');
  });
});
