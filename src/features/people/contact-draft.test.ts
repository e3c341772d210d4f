import { describe, expect, it } from 'vitest';
import type { Contact } from '../../domain/records';
import {
  checkContactDraft,
  contactDraftToInput,
  newContactDraft,
  newestFirst,
} from './contact-draft';

const partyId = '11111111-1111-4111-8111-111111111111';
const otherId = '22222222-2222-4222-8222-222222222222';

describe('contact draft', () => {
  it('pre-selects who usually reaches out for each kind', () => {
    expect(newContactDraft('reminder_sent', '2025-05-01').initiatedBy).toBe('me');
    expect(newContactDraft('client_called_first', '2025-05-01').initiatedBy).toBe('them');
    expect(newContactDraft('promise_to_pay', '2025-05-01').initiatedBy).toBe('them');
  });

  it('is valid untouched, so the second tap saves it', () => {
    const result = checkContactDraft(partyId, newContactDraft('reminder_sent', '2025-05-01'));
    expect(result).toEqual({
      ok: true,
      value: {
        partyId,
        jobId: null,
        on: '2025-05-01',
        kind: 'reminder_sent',
        initiatedBy: 'me',
        promisedOn: null,
        referredPartyId: null,
        note: '',
      },
    });
  });

  it('keeps the promised date only for a promise to pay', () => {
    const promise = {
      ...newContactDraft('promise_to_pay', '2025-05-01'),
      promisedOn: '2025-05-09',
    };
    expect(contactDraftToInput(partyId, promise).promisedOn).toBe('2025-05-09');
    expect(contactDraftToInput(partyId, { ...promise, kind: 'note' }).promisedOn).toBeNull();
  });

  it('keeps the referred party only for a referral', () => {
    const referral = { ...newContactDraft('referral', '2025-05-01'), referredPartyId: otherId };
    expect(contactDraftToInput(partyId, referral).referredPartyId).toBe(otherId);
    expect(
      contactDraftToInput(partyId, { ...referral, kind: 'complaint' }).referredPartyId,
    ).toBeNull();
  });

  it('asks for a date when it was cleared', () => {
    const result = checkContactDraft(partyId, newContactDraft('note', ''));
    expect(result).toEqual({ ok: false, errors: { on: 'required' } });
  });

  it('refuses a note that is far too long', () => {
    const draft = { ...newContactDraft('note', '2025-05-01'), note: 'x'.repeat(2001) };
    expect(checkContactDraft(partyId, draft)).toEqual({ ok: false, errors: { note: 'too_long' } });
  });
});

describe('newestFirst', () => {
  const entry = (on: string, createdAt: string) => ({ on, createdAt }) as Contact;

  it('puts the latest day first and, within a day, the latest logged first', () => {
    const a = entry('2025-05-01', '2025-05-01T09:00:00.000Z');
    const b = entry('2025-05-03', '2025-05-03T09:00:00.000Z');
    const c = entry('2025-05-01', '2025-05-01T17:00:00.000Z');
    expect(newestFirst([a, b, c])).toEqual([b, c, a]);
  });
});
