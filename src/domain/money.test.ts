import { describe, expect, test } from 'vitest';
import { addToTotals, minorDigits, minorToInput, parseAmount, type Totals } from './money';

describe('reading a typed amount into minor units', () => {
  test.each([
    ['1500', 'USD', 150_000],
    ['1,500.50', 'USD', 150_050],
    ['1 500,5', 'EUR', 150_050],
    ['1.500,25', 'EUR', 150_025],
    ['0.07', 'USD', 7],
    ['1,500', 'USD', 150_000],
    ['1500', 'JPY', 1500],
    ['1.234', 'BHD', 1234],
    ['12,5', 'RUB', 1250],
    ['1.000.000', 'USD', 100_000_000],
  ])('"%s" in %s is %i minor units', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toEqual({ ok: true, minor });
  });

  test('where the decimal mark is a comma, "1.234" groups thousands and "1,25" has cents', () => {
    expect(parseAmount('1.234', 'EUR', ',')).toEqual({ ok: true, minor: 123_400 });
    expect(parseAmount('1,25', 'EUR', ',')).toEqual({ ok: true, minor: 125 });
    expect(parseAmount('12,500', 'EUR', ',')).toEqual({ ok: false, error: 'too_many_decimals' });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-5', 'negative'],
    ['abc', 'not_a_number'],
    ['12a', 'not_a_number'],
    ['1.234', 'too_many_decimals'],
    ['99999999999999999', 'too_large'],
  ])('"%s" is refused as %s', (text, error) => {
    expect(parseAmount(text, 'USD')).toEqual({ ok: false, error });
  });

  test('yen have no minor units and dinars three', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
    expect(minorDigits('USD')).toBe(2);
  });

  test('minor units go back into an input as a plain decimal', () => {
    expect(minorToInput(150_050, 'USD')).toBe('1500.50');
    expect(minorToInput(7, 'USD')).toBe('0.07');
    expect(minorToInput(1500, 'JPY')).toBe('1500');
  });

  test('totals keep each currency apart', () => {
    const totals: Totals = {};
    addToTotals(totals, 'USD', 100);
    addToTotals(totals, 'EUR', 50);
    addToTotals(totals, 'USD', 25);
    expect(totals).toEqual({ USD: 125, EUR: 50 });
  });
});
