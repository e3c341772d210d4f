import { describe, expect, test } from 'vitest';
import type { Catalogue } from './catalogue';
import { translate } from './translate';

const en = {
  'x.days': { one: '{count} day', other: '{count} days' },
  'x.hello': 'Hello, {name}',
} as unknown as Catalogue;
const ru = {
  'x.days': { one: '{count} день', few: '{count} дня', many: '{count} дней', other: '{count} дня' },
} as unknown as Catalogue;

describe('translating a message', () => {
  test('slots are filled from the params, numbers in the locale’s digits', () => {
    expect(translate(en, en, 'en', 'x.hello' as never, { name: 'Ada' })).toBe('Hello, Ada');
    expect(translate(en, en, 'en', 'x.days' as never, { count: 1500 })).toBe('1,500 days');
  });

  test('English picks one or other', () => {
    expect(translate(en, en, 'en', 'x.days' as never, { count: 1 })).toBe('1 day');
    expect(translate(en, en, 'en', 'x.days' as never, { count: 2 })).toBe('2 days');
  });

  test('Russian picks among its three forms: 1 день, 2 дня, 5 дней, 21 день', () => {
    const days = (count: number) => translate(ru, en, 'ru', 'x.days' as never, { count });
    expect([1, 2, 5, 21, 11].map(days)).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '21 день',
      '11 дней',
    ]);
  });

  test('a key missing in one language falls back to English', () => {
    expect(translate(ru, en, 'ru', 'x.hello' as never, { name: 'Ада' })).toBe('Hello, Ада');
  });
});
