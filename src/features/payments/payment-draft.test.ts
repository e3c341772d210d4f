import { describe, expect, it } from 'vitest';
import { CLIENT_ID, makeJob, makePayment } from '../test-money-records';
import { jobOptions } from './allocation';
import {
  checkPaymentDraft,
  emptyPaymentDraft,
  isDirection,
  isMoneyIn,
  jobErrorKey,
  partyKindFor,
  markReceived,
  paymentToDraft,
  purposeChoices,
  purposeFor,
} from './payment-draft';

const job = makeJob({ invoicedOn: '2026-01-05' });
const { options } = jobOptions({
  direction: 'client_to_me',
  partyId: CLIENT_ID,
  currency: 'USD',
  jobs: [job],
  payments: [],
  asOf: '2026-03-01',
});

function draft(amount: string) {
  return {
    ...emptyPaymentDraft({ today: '2026-03-01', currency: 'USD', partyId: CLIENT_ID }),
    amount,
  };
}

describe('checkPaymentDraft', () => {
  it('makes a received client payment with its allocation', () => {
    const rows = { [job.id]: { checked: true, amount: '400', auto: true } };
    const result = checkPaymentDraft(draft('400.00'), options, rows);
    expect(result).toEqual({
      ok: true,
      value: {
        direction: 'client_to_me',
        partyId: CLIENT_ID,
        sentOn: '2026-03-01',
        receivedOn: '2026-03-01',
        amount: 40000,
        currency: 'USD',
        method: 'transfer',
        purpose: 'payment',
        allocations: [{ jobId: job.id, amount: 40000 }],
        reference: '',
        notes: '',
      },
    });
  });

  it('refuses more given to jobs than the payment, at the jobs', () => {
    const rows = { [job.id]: { checked: true, amount: '500', auto: false } };
    expect(checkPaymentDraft(draft('400'), options, rows)).toEqual({
      ok: false,
      errors: { allocations: 'over_allocated' },
    });
  });

  it('reports a job amount that does not parse under that job', () => {
    const rows = { [job.id]: { checked: true, amount: '4oo', auto: false } };
    expect(checkPaymentDraft(draft('400'), options, rows)).toEqual({
      ok: false,
      errors: { [jobErrorKey(job.id)]: 'not_a_number' },
    });
  });

  it('refuses a zero or negative payment and a missing party', () => {
    expect(checkPaymentDraft(draft('0'), [], {})).toEqual({
      ok: false,
      errors: { amount: 'not_positive' },
    });
    const negative = checkPaymentDraft({ ...draft('-3'), partyId: '' }, [], {});
    expect(negative).toEqual({ ok: false, errors: { amount: 'negative', partyId: 'invalid_id' } });
  });

  it('does not also complain about over-allocation while the amount is unreadable', () => {
    const rows = { [job.id]: { checked: true, amount: '500', auto: false } };
    expect(checkPaymentDraft(draft('abc'), options, rows)).toEqual({
      ok: false,
      errors: { amount: 'not_a_number' },
    });
  });

  it('round-trips a stored payment through the draft', () => {
    const payment = makePayment('2026-02-01', [{ job, amount: 12345 }], { receivedOn: null });
    const d = paymentToDraft(payment);
    expect(d.notReceived).toBe(true);
    expect(d.amount).toBe('123.45');
    const rows = { [job.id]: { checked: true, amount: '123.45', auto: false } };
    const result = checkPaymentDraft(d, options, rows);
    expect(result.ok && result.value).toMatchObject({
      amount: 12345,
      sentOn: '2026-02-01',
      receivedOn: null,
      allocations: payment.allocations,
    });
  });
});

describe('sent and received', () => {
  it('refuses a received date before the sent date at the received date', () => {
    const d = { ...draft('400'), sentOn: '2026-03-01', receivedOn: '2026-02-28' };
    const result = checkPaymentDraft(d, options, {});
    expect(result).toEqual({ ok: false, errors: { receivedOn: 'before_sent' } });
  });

  it('marks a cheque sent in November received in December, keeping when it was sent', () => {
    const cheque = makePayment('2026-11-28', [{ job, amount: 12345 }], { receivedOn: null });
    expect(markReceived(cheque, '2026-12-03')).toMatchObject({
      sentOn: '2026-11-28',
      receivedOn: '2026-12-03',
    });
    // Never before it was sent.
    expect(markReceived(cheque, '2026-11-01').receivedOn).toBe('2026-11-28');
  });

  it('offers the purposes that fit the direction, keeping one that still fits', () => {
    expect(purposeChoices('me_to_client')).toEqual(['refund', 'goodwill']);
    expect(purposeFor('me_to_client', 'payment')).toBe('refund');
    expect(purposeFor('me_to_sub', 'deposit')).toBe('deposit');
  });
});

describe('directions', () => {
  it('tells money in from money out and which kind of party each is with', () => {
    expect(isMoneyIn('client_to_me')).toBe(true);
    expect(isMoneyIn('sub_to_me')).toBe(true);
    expect(isMoneyIn('me_to_client')).toBe(false);
    expect(partyKindFor('me_to_client')).toBe('client');
    expect(partyKindFor('sub_to_me')).toBe('subcontractor');
    expect(isDirection('me_to_sub')).toBe(true);
    expect(isDirection('sideways')).toBe(false);
    expect(isDirection(undefined)).toBe(false);
  });
});
