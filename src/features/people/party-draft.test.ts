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
});
