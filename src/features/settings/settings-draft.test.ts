import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../domain/records';
import { fromDraft, toDraft, withAddressChangeDay } from './settings-draft';

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

  test('the grace before late is 5 days unless set, a whole number from 0 to 60', () => {
    expect(toDraft(defaultSettings).lateGraceDays).toBe('5');
    const set = fromDraft({ ...toDraft(defaultSettings), lateGraceDays: ' 15 ' });
    expect(set.ok && set.value.lateGraceDays).toBe(15);
    const none = fromDraft({ ...toDraft(defaultSettings), lateGraceDays: '0' });
    expect(none.ok && none.value.lateGraceDays).toBe(0);
    const errorOf = (typed: string) => {
      const result = fromDraft({ ...toDraft(defaultSettings), lateGraceDays: typed });
      return result.ok ? undefined : result.errors.lateGraceDays;
    };
    expect(errorOf('61')).toBe('grace_too_long');
    expect(errorOf('-1')).toBe('negative');
    expect(errorOf('2.5')).toBe('not_whole_days');
    expect(errorOf('')).toBeDefined();
  });

  test("the owner's details round-trip, an empty change date stored as none", () => {
    const draft = {
      ...toDraft(defaultSettings),
      businessAddress: '1 Mill Lane\nLeeds',
      businessEmail: ' me@example.com ',
      businessPhone: '0113 496 0000',
      paymentDetails: 'Sort code 00-00-00, account 12345678',
    };
    expect(fromDraft(draft)).toEqual({
      ok: true,
      value: {
        ...defaultSettings,
        businessAddress: '1 Mill Lane\nLeeds',
        businessAddressChangedOn: null,
        businessEmail: 'me@example.com',
        businessPhone: '0113 496 0000',
        paymentDetails: 'Sort code 00-00-00, account 12345678',
      },
    });
  });

  test('changing the address fills in today as the day it changed, and undoing it restores', () => {
    const stored = { businessAddress: '1 Mill Lane', businessAddressChangedOn: '2025-01-10' };
    const draft = { ...toDraft({ ...defaultSettings, ...stored }) };
    const moved = withAddressChangeDay(
      { ...draft, businessAddress: '9 New Road' },
      stored,
      '2026-03-02',
    );
    expect(moved.businessAddressChangedOn).toBe('2026-03-02');
    const back = withAddressChangeDay(
      { ...moved, businessAddress: '1 Mill Lane' },
      stored,
      '2026-03-02',
    );
    expect(back.businessAddressChangedOn).toBe('2025-01-10');
  });

  test('a change date typed by hand is kept, and a first address sets no date', () => {
    const stored = { businessAddress: '1 Mill Lane', businessAddressChangedOn: null };
    const typed = {
      ...toDraft(defaultSettings),
      businessAddress: '9 New Road',
      businessAddressChangedOn: '2026-02-01',
    };
    expect(withAddressChangeDay(typed, stored, '2026-03-02').businessAddressChangedOn).toBe(
      '2026-02-01',
    );
    const first = { ...toDraft(defaultSettings), businessAddress: '1 Mill Lane' };
    expect(
      withAddressChangeDay(
        first,
        { businessAddress: '', businessAddressChangedOn: null },
        '2026-03-02',
      ).businessAddressChangedOn,
    ).toBe('');
  });

  test('a change date that is not a real day is refused at its field', () => {
    const result = fromDraft({
      ...toDraft(defaultSettings),
      businessAddressChangedOn: '2026-02-30',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: { businessAddressChangedOn: 'invalid_day' },
    });
  });
});
