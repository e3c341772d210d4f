import { describe, expect, test } from 'vitest';
import { inLanguage } from './in-language';

describe('text in a chosen language', () => {
  test('an invoice reads in Russian whatever the app shows', () => {
    const ru = inLanguage('ru');
    expect(ru.t('doc.invoiceNumber', { number: 'A-0001' })).toBe('Счёт № A-0001');
    expect(ru.number(2.5)).toBe('2,5');
    expect(ru.money(150_050, 'RUB')).toMatch(/1\s500,50\s₽/);
  });

  test('and in English', () => {
    const en = inLanguage('en');
    expect(en.t('doc.invoiceNumber', { number: 'A-0001' })).toBe('Invoice A-0001');
    expect(en.money(150_050, 'USD')).toBe('$1,500.50');
    expect(en.day('2026-03-10')).toMatch(/2026/);
  });

  test('an unknown language falls back to English', () => {
    expect(inLanguage('xx').t('doc.invoice')).toBe('Invoice');
  });
});
