import { describe, expect, it } from 'vitest';
import { makeJob, makePayment, testId } from '../../domain/metrics/test-records';
import { subcontractorMoney } from './subcontractor-money';

const SUB = testId(9);
const AS_OF = '2026-04-15';

describe('what I owe a subcontractor and what they paid back', () => {
  it('owes each billed job’s subcontractor cost less what reached them', () => {
    // Roof: cost 600.00, 250.00 arrived → 350.00 owed. Gutter: cost 200.00, nothing paid → 200.00.
    const roof = makeJob({ subcontractorId: SUB, subcontractorCost: 60000 });
    const gutter = makeJob({ subcontractorId: SUB, subcontractorCost: 20000 });
    const paid = makePayment('2026-03-01', [{ job: roof, amount: 25000 }], {
      direction: 'me_to_sub',
      partyId: SUB,
    });
    const money = subcontractorMoney(SUB, [roof, gutter], [paid], AS_OF);
    expect(money.owed).toEqual({ USD: 55000 });
    expect(money.byJob.get(roof.id)).toEqual({
      currency: 'USD',
      cost: 60000,
      paid: 25000,
      owed: 35000,
    });
    expect(money.byJob.get(gutter.id)?.owed).toBe(20000);
  });

  it('owes nothing yet for a job still open, and counts a payment on its way as sent, not paid', () => {
    const open = makeJob({ subcontractorId: SUB, subcontractorCost: 40000, status: 'open' });
    const billed = makeJob({ subcontractorId: SUB, subcontractorCost: 10000 });
    const inTheMail = makePayment('2026-04-10', [{ job: billed, amount: 10000 }], {
      direction: 'me_to_sub',
      partyId: SUB,
      receivedOn: null,
    });
    const money = subcontractorMoney(SUB, [open, billed], [inTheMail], AS_OF);
    expect(money.byJob.get(open.id)?.owed).toBe(0);
    expect(money.owed).toEqual({ USD: 10000 });
    expect(money.sent).toEqual({ USD: 10000 });
  });

  it('adds up what they paid back, and leaves out other people’s jobs and payments', () => {
    const theirs = makeJob({ subcontractorId: SUB, subcontractorCost: 30000 });
    const someoneElse = makeJob({ subcontractorId: testId(10), subcontractorCost: 99900 });
    const chargeBack = makePayment('2026-04-01', [], {
      direction: 'sub_to_me',
      partyId: SUB,
      purpose: 'charge_back',
      amount: 7500,
    });
    const later = makePayment('2026-05-01', [], {
      direction: 'sub_to_me',
      partyId: SUB,
      purpose: 'refund',
      amount: 1000,
    });
    const money = subcontractorMoney(SUB, [theirs, someoneElse], [chargeBack, later], AS_OF);
    expect(money.paidBack).toEqual({ USD: 7500 });
    expect(money.owed).toEqual({ USD: 30000 });
    expect(money.byJob.has(someoneElse.id)).toBe(false);
  });
});
