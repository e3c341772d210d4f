import { describe, expect, it } from 'vitest';
import type { Party } from '../../domain/records';
import {
  checkPartyDraft,
  draftToInput,
  inputToDraft,
  newPartyDraft,
  partyToInput,
} from './party-draft';

const stored: Party = {
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  deletedAt: null,
  stamps: {},
  kind: 'client',
  name: 'Ann Lee',
  email: 'ann@example.com',
  phone: '555 0100',
  address: '1 High St',
  addressConfirmedOn: '2024-03-01',
  termsNetDays: 14,
  depositPercent: 25,
  lateFeeKind: 'yearly_rate',
  lateFeeFlat: 0,
  lateFeeRateBasisPoints: 1250,
  lateFeeGraceDays: 7,
  documentLanguage: 'ru',
  relationshipStart: null,
  referredById: '22222222-2222-4222-8222-222222222222',
  notes: 'Prefers calls.',
  archived: false,
};

describe('party draft', () => {
  it('starts a new party with the default terms and nothing else filled in', () => {
    const draft = newPartyDraft('subcontractor', 21);
    expect(draft).toMatchObject({ kind: 'subcontractor', name: '', termsNetDays: '21' });
    expect(draft.depositPercent).toBe('0');
    expect(draft.referredById).toBe('');
  });

  it('round-trips a stored party through the draft unchanged', () => {
    const input = partyToInput(stored);
    expect(draftToInput(inputToDraft(input))).toEqual(input);
    expect(checkPartyDraft(inputToDraft(input))).toEqual({ ok: true, value: input });
  });

  it('turns empty dates and an empty referrer into null', () => {
    const draft = { ...newPartyDraft('client', 30), name: 'Bo', addressConfirmedOn: ' ' };
    const input = draftToInput(draft);
    expect(input.addressConfirmedOn).toBeNull();
    expect(input.relationshipStart).toBeNull();
    expect(input.referredById).toBeNull();
  });

  it('refuses an empty name at the name field', () => {
    const result = checkPartyDraft(newPartyDraft('client', 30));
    expect(result).toEqual({ ok: false, errors: { name: 'required' } });
  });

  it('reports numbers that are empty, not whole or out of range at their fields', () => {
    const base = { ...newPartyDraft('client', 30), name: 'Bo' };
    expect(checkPartyDraft({ ...base, termsNetDays: '' })).toMatchObject({
      errors: { termsNetDays: 'required' },
    });
    expect(checkPartyDraft({ ...base, termsNetDays: 'thirty' })).toMatchObject({
      errors: { termsNetDays: 'not_whole_days' },
    });
    expect(checkPartyDraft({ ...base, depositPercent: '12.5' })).toMatchObject({
      errors: { depositPercent: 'not_whole_percent' },
    });
    expect(checkPartyDraft({ ...base, depositPercent: '101' })).toMatchObject({
      errors: { depositPercent: 'too_large' },
    });
  });

  it('accepts numbers typed with spaces around them', () => {
    const result = checkPartyDraft({
      ...newPartyDraft('client', 30),
      name: 'Bo',
      termsNetDays: ' 45 ',
    });
    expect(result.ok && result.value.termsNetDays).toBe(45);
  });

  it('refuses a malformed email and a date that does not exist', () => {
    const base = { ...newPartyDraft('client', 30), name: 'Bo' };
    expect(checkPartyDraft({ ...base, email: 'ann@' })).toMatchObject({
      errors: { email: 'invalid_email' },
    });
    expect(checkPartyDraft({ ...base, relationshipStart: '2024-02-30' })).toMatchObject({
      errors: { relationshipStart: 'invalid_day' },
    });
  });

  it("keeps late fees off and the owner's document language for a new client", () => {
    const input = draftToInput({ ...newPartyDraft('client', 30), name: 'Bo' });
    expect(input).toMatchObject({
      lateFeeKind: 'none',
      lateFeeFlat: 0,
      lateFeeRateBasisPoints: 0,
      lateFeeGraceDays: 0,
      documentLanguage: null,
    });
  });

  it('reads a yearly rate typed in percent as hundredths of a percent', () => {
    const draft = {
      ...newPartyDraft('client', 30),
      name: 'Bo',
      lateFeeKind: 'yearly_rate' as const,
      lateFeeRatePercent: '12,5',
      lateFeeGraceDays: '10',
    };
    // 12.5 % a year is 1250 hundredths of a percent.
    expect(checkPartyDraft(draft)).toMatchObject({
      ok: true,
      value: { lateFeeRateBasisPoints: 1250, lateFeeGraceDays: 10, lateFeeFlat: 0 },
    });
  });

  it("reads a flat fee in the currency's minor units and drops terms of another kind", () => {
    const draft = {
      ...newPartyDraft('client', 30),
      name: 'Bo',
      lateFeeKind: 'flat' as const,
      lateFeeFlat: '25.50',
      lateFeeRatePercent: '8',
      lateFeeGraceDays: '0',
    };
    // $25.50 is 2550 cents; the rate typed before switching to a flat fee is not kept.
    expect(checkPartyDraft(draft, 'USD')).toMatchObject({
      ok: true,
      value: { lateFeeFlat: 2550, lateFeeRateBasisPoints: 0 },
    });
  });

  it('asks for the fee of the kind chosen, at its field', () => {
    const base = { ...newPartyDraft('client', 30), name: 'Bo' };
    expect(checkPartyDraft({ ...base, lateFeeKind: 'flat' })).toMatchObject({
      errors: { lateFeeFlat: 'required' },
    });
    expect(checkPartyDraft({ ...base, lateFeeKind: 'yearly_rate' })).toMatchObject({
      errors: { lateFeeRateBasisPoints: 'required' },
    });
    expect(
      checkPartyDraft({ ...base, lateFeeKind: 'yearly_rate', lateFeeRatePercent: '101' }),
    ).toMatchObject({ errors: { lateFeeRateBasisPoints: 'too_large' } });
  });

  it('keeps the chosen document language', () => {
    const draft = { ...newPartyDraft('client', 30), name: 'Bo', documentLanguage: 'ru' as const };
    expect(draftToInput(draft).documentLanguage).toBe('ru');
  });
});
