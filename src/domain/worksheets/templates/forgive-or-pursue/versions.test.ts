import { describe, expect, it } from 'vitest';
import { newWorksheet } from '../../../records';
import { evaluateWorksheet } from '../../evaluate';
import { scoreWorksheet } from '../../scoring';
import { CLIENT_ID, testId } from '../../test-ledger';
import { en } from './en';
import { ru } from './ru';
import { forgiveOrPursue } from './definition';
import { forgiveOrPursueV1 } from './definition-v1';
import { forgiveOrPursueTemplate } from './index';
import { moneySides } from './screen';

const JOB = testId(77);

/** The facts a version 1 worksheet froze: a count of late payments, a pace-extrapolated value. */
const v1Facts = {
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
const v1Answers = { complaintValid: 'yes', raisedWhen: 'when_chased', moreReferrals: 'likely' };

describe('forgive or pursue, version 1 kept', () => {
  it('a worksheet decided under version 1 is shown by version 1: its facts, factors, reasons and money', () => {
    const labels = { name: 'Acme Bakery', job: 'Shop sign' };
    const result = scoreWorksheet(
      forgiveOrPursueV1,
      { facts: v1Facts, answers: v1Answers },
      {},
      {
        currency: 'USD',
        labels,
      },
    );
    const decided = {
      ...newWorksheet('forgive_or_pursue', 1, [CLIENT_ID], [JOB], 'USD'),
      status: 'decided' as const,
      answers: v1Answers,
      snapshot: { asOf: '2025-06-01', facts: v1Facts, recordFacts: {}, labels },
      result,
      decision: { option: 'forgive', decidedOn: '2025-06-01', note: '' },
    };
    // Today's records say otherwise; the decided worksheet does not move.
    const e = evaluateWorksheet(decided, { values: { amountInDispute: 0 }, sources: {}, labels });
    expect(e.template).toBe(forgiveOrPursueV1);
    expect(e.template.facts.map((f) => f.key)).toContain('lateBefore');
    expect(e.result).toEqual(result);
    expect(e.option).toBe('forgive');
    // Weights 3 (complaint, 1), 2 (no late payment, 1), then 1 each for referrals made, referrals
    // ahead and tenure (all 1), ahead of the stake's 3 × 0.3 (0.25 of a year: 0.6 − 0.15 / 0.4 × 0.8).
    expect(result.reasons.map((r) => r.key)).toEqual([
      'worksheets.forgive_or_pursue.summary.greatCustomer',
      'worksheets.forgive_or_pursue.reason.complaintHolds',
      'worksheets.forgive_or_pursue.reason.paidWell',
      'worksheets.forgive_or_pursue.reason.referralsLikely',
      'worksheets.forgive_or_pursue.reason.referredOthers',
    ]);
    // Every word it shows is still in both catalogues.
    for (const r of result.reasons) {
      expect(Object.hasOwn(en, r.key) && Object.hasOwn(ru, r.key)).toBe(true);
    }
    expect(moneySides(e).right.rows).toEqual([
      { key: 'projectedValue', minor: 600000 },
      { key: 'referralRevenue', minor: 900000 },
    ]);
    expect(forgiveOrPursueTemplate.earlierDefinitions).toEqual([forgiveOrPursueV1]);
  });

  it('a version 1 draft opened today is evaluated under version 2, its answers kept', () => {
    const draft = {
      ...newWorksheet('forgive_or_pursue', 1, [CLIENT_ID], [JOB], 'USD'),
      answers: v1Answers,
    };
    const e = evaluateWorksheet(draft, {
      values: {
        tenureMonths: 60,
        billsInWindow: 12,
        billsPaidInWindow: 12,
        billsLateInWindow: 0,
        worstDaysBeyondGrace: 0,
        complaintsBefore: 0,
        amountInDispute: 150000,
        likelyRecovery: 136500,
        ownValueNextYear: 600000,
        referralCount: 3,
        referralRevenue: 300000,
      },
      sources: {},
      labels: { name: 'Acme Bakery' },
    });
    expect(e.template).toBe(forgiveOrPursue);
    expect(e.template.version).toBe(2);
    expect(e.answers).toMatchObject(v1Answers);
    // As for the great customer built from records: 67.07, and no one said they could afford more.
    expect(e.result.score).toBeCloseTo(67.07, 1);
    expect(e.result.option).toBe('forgive');
  });
});
