import { describe, expect, test } from 'vitest';
import { en, ru, type Message } from './catalogue';
import { rawKeyPattern } from './raw-key';

const texts = (message: Message) =>
  typeof message === 'string' ? [message] : Object.values(message);

describe('the raw message key pattern', () => {
  test('finds keys with snake_case, digits and camelCase segments inside a sentence', () => {
    for (const shown of [
      'Amount errors.not_whole_cents',
      'Сумма: errors.not_a_number.',
      '1–30 days: home.bucket.d1_30',
      '(contacts.kind.client_called_first)',
      'jobs.form.title',
      'Total common.daysOverdue',
    ]) {
      expect(shown, shown).toMatch(rawKeyPattern);
    }
  });

  test('finds every key of the catalogue, alone and inside a sentence', () => {
    const missed = Object.keys(en).filter(
      (key) => !rawKeyPattern.test(key) || !rawKeyPattern.test(`Сохранено: ${key}.`),
    );
    expect(missed).toEqual([]);
  });

  test('takes no message of either language for a key', () => {
    const flagged = [en, ru].flatMap((catalogue) =>
      Object.values(catalogue)
        .flatMap(texts)
        .filter((text) => rawKeyPattern.test(text)),
    );
    expect(flagged).toEqual([]);
  });

  test('takes ordinary text with dots for no key', () => {
    for (const text of [
      'Version 0.1.0',
      'e.g. a cheque',
      'see example.com',
      '3 jobs. Next',
      'jobs.',
    ]) {
      expect(text, text).not.toMatch(rawKeyPattern);
    }
  });
});
