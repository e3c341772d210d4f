import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../domain/records';
import { fromDraft, toDraft } from './settings-draft';

describe('the settings form', () => {
  test('a lower-case currency code is accepted and stored in capitals', () => {
    const result = fromDraft({ ...toDraft(defaultSettings), defaultCurrency: ' eur ' });
    expect(result).toEqual({ ok: true, value: { ...defaultSettings, defaultCurrency: 'EUR' } });
  });

  test('a made-up currency code is refused at its field', () => {
    expect(fromDraft({ ...toDraft(defaultSettings), defaultCurrency: 'XYZ' })).toEqual({
      ok: false,
      errors: { defaultCurrency: 'unknown_currency' },
    });
  });

  test('terms must be a whole, non-negative number of days', () => {
    expect(fromDraft({ ...toDraft(defaultSettings), defaultTermsNetDays: '-3' })).toEqual({
      ok: false,
      errors: { defaultTermsNetDays: 'negative' },
    });
    expect(fromDraft({ ...toDraft(defaultSettings), defaultTermsNetDays: '2.5' })).toEqual({
      ok: false,
      errors: { defaultTermsNetDays: 'not_whole_days' },
    });
    expect(fromDraft({ ...toDraft(defaultSettings), defaultTermsNetDays: '' }).ok).toBe(false);
  });
});
