import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../facts';
import {
  CLIENT_ID,
  ledger,
  makeContact,
  makeJob,
  makeParty,
  makePayment,
  score,
  testId,
  TEST_OWNER,
} from '../../test-ledger';

/** Five years, never late, three referrals, worth 6,000 a year; a 1,500 bill refused. */
const greatCustomer = {
  tenureMonths: 60,
  jobCount: 24,
  revenueToDate: 3000000,
  lateBefore: 0,
  onTimeRate: 1,
  complaintsBefore: 0,
  amountInDispute: 150000,
  referralCount: 3,
  referralRevenue: 900000,
  projectedValue: 600000,
};

/** Two months, late three times already, worth little; the same 1,500 refused. */
const newLatePayer = {
  tenureMonths: 2,
  jobCount: 3,
  revenueToDate: 300000,
  lateBefore: 3,
  onTimeRate: 0,
  complaintsBefore: 1,
  amountInDispute: 150000,
  referralCount: 0,
  referralRevenue: 0,
  projectedValue: 100000,
};

describe('Forgive or pursue?', () => {
  it('a loyal, punctual, referring client with a valid complaint: forgive, with a discount if affordable', () => {
    const answers = {
      complaintValid: 'yes',
      raisedWhen: 'when_chased',
      moreReferrals: 'likely',
      canAfford: 'yes',
    };
    const result = score('forgive_or_pursue', greatCustomer, answers);
    expect(result.option).toBe('forgive_discount');
    expect(result.reasons[0]!.key).toBe('worksheets.forgive_or_pursue.summary.greatCustomer');
    expect(result.actions.map((a) => a.key)).toEqual([
      'worksheets.forgive_or_pursue.action.preventRepeat',
    ]);
    // Without the money for a discount, forgiving is still the advice.
    expect(score('forgive_or_pursue', greatCustomer, { ...answers, canAfford: 'no' }).option).toBe(
      'forgive',
    );
  });

  it('the same loyal client whose complaint does not hold up: meet halfway rather than lose them', () => {
    const result = score('forgive_or_pursue', greatCustomer, {
      complaintValid: 'no',
      raisedWhen: 'when_chased',
      moreReferrals: 'likely',
      canAfford: 'yes',
    });
    expect(result.option).toBe('partial_credit');
    expect(result.reasons.map((r) => r.key)).toContain(
      'worksheets.forgive_or_pursue.reason.complaintFails',
    );
  });

  it('a new client, chronically late and unlikely to refer, with a weak complaint: pursue', () => {
    const result = score('forgive_or_pursue', newLatePayer, {
      complaintValid: 'no',
      raisedWhen: 'when_chased',
      moreReferrals: 'unlikely',
      canAfford: 'yes',
    });
    expect(result.option).toBe('pursue');
    expect(result.score).toBeLessThan(-50);
    expect(result.reasons[0]!.key).toBe('worksheets.forgive_or_pursue.summary.troubledCustomer');
  });

  it('a small amount against a large one: the stake alone turns the advice', () => {
    const answers = {
      complaintValid: 'unsure',
      raisedWhen: 'after_invoice',
      moreReferrals: 'maybe',
    };
    const middling = { ...greatCustomer, lateBefore: 1, referralCount: 0, tenureMonths: 12 };
    const small = score('forgive_or_pursue', { ...middling, amountInDispute: 5000 }, answers);
    const large = score('forgive_or_pursue', { ...middling, amountInDispute: 900000 }, answers);
    expect(small.option).toBe('forgive');
    // Unsure whether the complaint holds, a bill larger than a year of their business is worth
    // meeting halfway at most.
    expect(large.option).toBe('partial_credit');
    expect(large.score).toBeLessThan(small.score - 40);
    expect(small.factors.find((f) => f.key === 'stake')!.value).toBeGreaterThan(0.9);
    expect(large.factors.find((f) => f.key === 'stake')!.value).toBe(-1);
  });

  it('with nothing answered yet, the records alone lean the way the history points', () => {
    expect(score('forgive_or_pursue', greatCustomer, {}).option).toBe('forgive');
    expect(score('forgive_or_pursue', newLatePayer, {}).option).toBe('pursue');
  });

  it('reads its facts from the records: tenure, history, the disputed amount, referrals, next year', () => {
    const asOf = '2026-06-30';
    const client = makeParty({ relationshipStart: '2021-06-01' });
    const referred = makeParty({ id: testId(3), name: 'Referred', referredById: CLIENT_ID });
    const paidLate = makeJob({ orderedOn: '2025-09-01', dueOn: '2025-10-01', amount: 200000 });
    const onTime = makeJob({ orderedOn: '2025-11-01', invoicedOn: '2025-11-05', amount: 100000 });
    const disputed = makeJob({
      orderedOn: '2026-05-01',
      invoicedOn: '2026-05-10',
      status: 'invoiced',
      amount: 150000,
    });
    const referredJob = makeJob({ clientId: referred.id, orderedOn: '2026-02-01', amount: 70000 });
    const payments = [
      makePayment('2025-10-20', [{ job: paidLate, amount: 200000 }]),
      makePayment('2025-11-20', [{ job: onTime, amount: 100000 }]),
      makePayment('2026-05-20', [{ job: disputed, amount: 50000 }]),
    ];
    const contacts = [
      makeContact('2026-06-01', { kind: 'complaint', initiatedBy: 'them', jobId: disputed.id }),
      makeContact('2026-03-01', { kind: 'referral', initiatedBy: 'them' }),
    ];
    const facts = deriveFacts(
      {
        templateId: 'forgive_or_pursue',
        partyIds: [CLIENT_ID],
        jobIds: [disputed.id],
        currency: 'USD',
      },
      ledger({
        parties: [client, referred],
        jobs: [paidLate, onTime, disputed, referredJob],
        payments,
        contacts,
      }),
      asOf,
      TEST_OWNER,
    );
    expect(facts.values).toEqual({
      tenureMonths: 60,
      jobCount: 3,
      revenueToDate: 450000,
      lateBefore: 1,
      onTimeRate: 0.5,
      complaintsBefore: 0,
      amountInDispute: 100000,
      referralCount: 2,
      referralRevenue: 70000,
      projectedValue: 450000,
    });
    expect(facts.labels).toEqual({ name: 'Acme Bakery', job: 'Shop sign' });
    expect(facts.sources.amountInDispute).toEqual({
      key: 'worksheets.source.job',
      params: { job: 'Shop sign' },
    });
    expect(facts.sources.tenureMonths).toEqual({
      key: 'worksheets.source.since',
      params: { day: { day: '2021-06-01' } },
    });
  });
});
