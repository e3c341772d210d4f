import { describe, expect, it } from 'vitest';
import { CLIENT_ID, makeJob, makePayment } from '../../domain/metrics/test-records';
import { jobOptions } from './allocation';
import {
  checkPaymentDraft,
  emptyPaymentDraft,
  isDirection,
  isMoneyIn,
  jobErrorKey,
  partyKindFor,
  paymentToDraft,
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
        paidOn: '2026-03-01',
        amount: 40000,
        currency: 'USD',
        method: 'transfer',
        state: 'received',
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
    const payment = makePayment('2026-02-01', [{ job, amount: 12345 }], { state: 'sent' });
    const d = paymentToDraft(payment);
    expect(d.amount).toBe('123.45');
    const rows = { [job.id]: { checked: true, amount: '123.45', auto: false } };
    const result = checkPaymentDraft(d, options, rows);
    expect(result.ok && result.value).toMatchObject({
      amount: 12345,
      state: 'sent',
      allocations: payment.allocations,
    });
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
