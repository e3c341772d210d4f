import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from './i18n.svelte';
import { splitTenure, tenureWords } from './tenure';

describe('splitTenure', () => {
  it('splits months into whole years and the months left over', () => {
    expect(splitTenure(0)).toEqual({ years: 0, months: 0 });
    expect(splitTenure(11)).toEqual({ years: 0, months: 11 });
    expect(splitTenure(12)).toEqual({ years: 1, months: 0 });
    expect(splitTenure(27)).toEqual({ years: 2, months: 3 });
  });

  it('never goes below zero', () => {
    expect(splitTenure(-3)).toEqual({ years: 0, months: 0 });
  });
});

describe('tenure in words', () => {
  beforeAll(async () => {
    await i18n.loadAll();
  });
  afterAll(() => i18n.choose('en'));

  it('reads 104 months as years and months, in English', () => {
    i18n.choose('en');
    expect(tenureWords(104)).toBe('8 years, 8 months');
    expect(tenureWords(13)).toBe('1 year, 1 month');
    expect(tenureWords(24)).toBe('2 years');
    expect(tenureWords(5)).toBe('5 months');
  });

  it('says the days under a month when they are known, else less than a month', () => {
    i18n.choose('en');
    expect(tenureWords(0, 12)).toBe('12 days');
    expect(tenureWords(0)).toBe('less than a month');
  });

  it('reads the same figures in Russian, with the Russian plural forms', () => {
    i18n.choose('ru');
    expect(tenureWords(104)).toBe('8 лет 8 месяцев');
    expect(tenureWords(26)).toBe('2 года 2 месяца');
    expect(tenureWords(13)).toBe('1 год 1 месяц');
    expect(tenureWords(0)).toBe('меньше месяца');
  });
});
