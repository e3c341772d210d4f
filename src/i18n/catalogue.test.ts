import { describe, expect, test } from 'vitest';
import { en, ru, type Message, type MessageKey } from './catalogue';
import { translate } from './translate';

const russianForms = ['one', 'few', 'many', 'other'];

function slots(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
  return [...new Set(names)].sort();
}

const keys = Object.keys(en) as MessageKey[];

describe('the Russian catalogue', () => {
  test('has every English key and no key English lacks', () => {
    expect(Object.keys(ru).sort()).toEqual([...keys].sort());
  });

  test('gives every plural message the four Russian forms, and only plural ones', () => {
    const wrong = keys.filter((key) => {
      const message = ru[key];
      if (message === undefined) return false;
      const plural = typeof message !== 'string';
      if (plural !== (typeof en[key] !== 'string')) return true;
      return plural && Object.keys(message).sort().join() !== [...russianForms].sort().join();
    });
    expect(wrong).toEqual([]);
  });

  test('keeps exactly the {param} slots of each English message', () => {
    const wrong = keys
      .filter((key) => ru[key] !== undefined)
      .filter((key) => slots(ru[key]).join() !== slots(en[key]).join())
      .map((key) => `${key}: ${slots(ru[key]).join()} vs ${slots(en[key]).join()}`);
    expect(wrong).toEqual([]);
  });

  test('counts days overdue as 1 день, 2 дня, 5 дней, 21 день, 1,5 дня', () => {
    const overdue = (count: number) => translate(ru, en, 'ru', 'common.daysOverdue', { count });
    expect([1, 2, 5, 11, 21, 1.5].map(overdue)).toEqual([
      '1 день просрочки',
      '2 дня просрочки',
      '5 дней просрочки',
      '11 дней просрочки',
      '21 день просрочки',
      '1,5 дня просрочки',
    ]);
  });

  test('says how late a job was paid with the noun agreeing with the number', () => {
    const paidLate = (count: number) => translate(ru, en, 'ru', 'jobs.detail.paidLate', { count });
    expect([1, 3, 7].map(paidLate)).toEqual([
      'Оплачено с опозданием на 1 день',
      'Оплачено с опозданием на 3 дня',
      'Оплачено с опозданием на 7 дней',
    ]);
  });
});
