import { describe, expect, it } from 'vitest';
import { clientCredit, unallocatedPayments } from './client-credit';
import { jobBalances } from './job-balance';
import {
  CLIENT_ID,
  makeCredit,
  makeJob,
  makePayment,
  moneyOf,
  OTHER_CLIENT_ID,
} from './test-records';

describe('client credit', () => {
  it('an overpayment shows as client credit', () => {
    const job = makeJob({ amount: 100000 });
    // 1200.00 received for a 1000.00 job: 1000.00 allocated, 200.00 free.
    const payment = makePayment('2026-03-10', [{ job, amount: 100000 }], { amount: 120000 });
    expect(clientCredit(CLIENT_ID, moneyOf([payment]), '2026-03-31')).toEqual({
      unallocated: { USD: 20000 },
      onAccount: {},
    });
    expect(unallocatedPayments(CLIENT_ID, [payment], 'USD', '2026-03-31')).toEqual([
      { payment, free: 20000 },
    ]);
  });

  it('an overpayment becomes credit, and once it pays the next job it is no longer credit', () => {
    const first = makeJob({ amount: 100000 });
    const next = makeJob({ amount: 50000 });
    const payment = makePayment('2026-03-10', [{ job: first, amount: 100000 }], {
      amount: 120000,
    });
    const used = {
      ...payment,
      allocations: [...payment.allocations, { jobId: next.id, amount: 20000 }],
    };
    // 1000.00 + 200.00 = 1200.00: all of it allocated now, and the next job owes 500.00 − 200.00.
    expect(clientCredit(CLIENT_ID, moneyOf([used]), '2026-04-30').unallocated).toEqual({});
    expect(jobBalances([first, next], moneyOf([used]), '2026-04-30').get(next.id)).toMatchObject({
      paid: 20000,
      outstanding: 30000,
    });
  });

  it('money on its way, received later, or from another client is not their credit yet', () => {
    const onItsWay = makePayment('2026-03-10', [], { amount: 5000, receivedOn: null });
    const later = makePayment('2026-04-10', [], { amount: 7000 });
    const theirs = makePayment('2026-03-10', [], { amount: 9000, partyId: OTHER_CLIENT_ID });
    const money = moneyOf([onItsWay, later, theirs]);
    expect(clientCredit(CLIENT_ID, money, '2026-03-31').unallocated).toEqual({});
    expect(clientCredit(OTHER_CLIENT_ID, money, '2026-03-31').unallocated).toEqual({ USD: 9000 });
  });

  it('credits on account count, apart, and a waived late fee is not credit to spend', () => {
    const job = makeJob();
    const credits = [
      makeCredit('2026-03-01', null, 15000, { reason: 'future_discount' }),
      makeCredit('2026-03-02', null, 2500, { reason: 'late_fee_waived' }),
      makeCredit('2026-03-03', job, 10000),
      makeCredit('2026-03-04', null, 3000, { currency: 'EUR' }),
    ];
    expect(clientCredit(CLIENT_ID, moneyOf([], { credits }), '2026-03-31')).toEqual({
      unallocated: {},
      onAccount: { USD: 15000, EUR: 3000 },
    });
  });

  it('a refund of free money uses it up', () => {
    const retainer = makePayment('2026-03-01', [], { amount: 30000 });
    const refund = makePayment('2026-03-20', [], {
      amount: 10000,
      direction: 'me_to_client',
      purpose: 'refund',
    });
    // 300.00 − 100.00 = 200.00 left.
    expect(clientCredit(CLIENT_ID, moneyOf([retainer, refund]), '2026-03-31').unallocated).toEqual({
      USD: 20000,
    });
  });

  it('offers free money oldest first, in the currency asked', () => {
    const newer = makePayment('2026-03-20', [], { amount: 1000 });
    const older = makePayment('2026-03-01', [], { amount: 2000 });
    const euros = makePayment('2026-02-01', [], { amount: 3000, currency: 'EUR' });
    expect(
      unallocatedPayments(CLIENT_ID, [newer, older, euros], 'USD', '2026-03-31').map((r) => r.free),
    ).toEqual([2000, 1000]);
  });
});
