/**
 * "Who should pay whom?" on records built from the article (a batch of field orders the
 * subcontractor let slip, part of it done by the client's own office) and its contrasts. Expected
 * figures are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { makeCredit } from '../../../metrics/test-records';
import { emptyFollowUp } from '../../../records';
import { makePayment } from '../../test-ledger';
import {
  articleBatch,
  client,
  crew,
  earlyPayments,
  earlyYears,
  line,
  listed,
  run,
} from './test-cases';
import { faultFromProblems } from './facts';
import { whoPaysWhomTemplate } from './index';

const history = { jobs: earlyYears, payments: earlyPayments };
const reasonKeys = (r: ReturnType<typeof run>) =>
  r.evaluation.result.reasons.map((x) => x.key.replace('worksheets.who_pays_whom.', ''));

describe('the article: five field orders, three late, two done by her own office', () => {
  const job = articleBatch();

  it('reads the units from the job’s lines, at her price and at his', () => {
    const { derived } = run({ job, ...history });
    expect(derived.values).toMatchObject({
      // 5 × 75.00 billed; 2 × 75.00 hers; 3 × 75.00 late; 3 × 75.00 delivered.
      jobAmount: 37500,
      outstanding: 37500,
      paidSoFar: 0,
      clientDidValue: 15000,
      notDoneValue: 0,
      lateValue: 22500,
      deliveredValue: 22500,
      // 5 × 40.00 his price; 2 × 40.00 not delivered by him; 3 × 40.00 late.
      subcontractorCost: 20000,
      subcontractorUndelivered: 8000,
      subcontractorLate: 12000,
      paidToSubcontractor: 0,
      // Pre-answers: 150 of 375 is 40 %; flagged as the subcontractor's fault.
      clientShareOnRecord: 40,
      faultOnRecord: 'subcontractor',
      tenureMonths: 51,
    });
    expect(derived.sources.faultOnRecord).toEqual({
      key: 'worksheets.source.whoPays.problems',
      params: { job: 'Field orders' },
    });
    expect(derived.sources.clientShareOnRecord?.key).toBe('worksheets.source.whoPays.lines');
  });

  it('an old acquaintance back after a year’s silence is worth little by the records, and says how unsure that is', () => {
    const { derived } = run({ job, ...history });
    // Since 2022-03-01: 51 months and 29 days, m = 51 + 29/30.4375 = 51.953; z = m/(m+6) = 0.8965.
    // Nothing billed in the last 12 months (this batch left out): pace 0. Prior: 8 × 150.00 over
    // the relationship, 1,200.00 × 12/m = 277.18 a year. 0.1035 × 277.18 = 28.70.
    expect(derived.values.clientYearValue).toBe(2870);
    expect(derived.sources.clientYearValue).toEqual({
      key: 'worksheets.source.whoPays.value.low',
      params: { count: 0, day: { day: '2022-03-01' } },
    });
  });

  it('as the records stand: bill only what was delivered; he bears the two he never did, at 40.00 each', () => {
    const r = run({ job, ...history }, { answers: { clientCost: 12000 } });
    // fault 1 × 3; share 40 % → 0.3 + 0.5 × 20/30 = 0.633 × 2; delivered 225.00 against 28.70 a
    // year → ratio 7.8 → −1 × 3; tenure 51 months → 0.7 + 0.3 × 27/36 = 0.925 × 1. Sum 2.192 of 9.
    expect(r.evaluation.result.score).toBeCloseTo(24.35, 2);
    expect(r.evaluation.result.option).toBe('bill_delivered');
    expect(reasonKeys(r)).toEqual([
      'summary.trustAtStake',
      'reason.yourSide',
      'reason.notWorthItDelivered',
      'reason.theyDidWork',
      'reason.longTenure',
    ]);
    expect(r.evaluation.result.actions.map((a) => a.key)).toEqual([
      'worksheets.who_pays_whom.action.avoidSubcontractor',
      'worksheets.who_pays_whom.action.preventRepeat',
    ]);
    // Her two not billed (150.00); the three late ones billed (the default). He is owed 200.00
    // and bears 80.00: 120.00 to him, 225.00 from her.
    expect(r.evaluation.settlement).toMatchObject({
      credit: 15000,
      goodwill: 0,
      clientOwes: 22500,
      payClient: 0,
      subcontractorBears: 8000,
      forfeit: 8000,
      chargeBack: 0,
      subcontractorOwed: 12000,
      costOfGoodwill: 15000,
      netCost: 7000,
    });
    expect(r.evaluation.settlement?.transfers).toEqual([
      { from: 'client', to: 'me', amount: 22500 },
      { from: 'me', to: 'subcontractor', amount: 12000 },
    ]);
    expect(listed(r.effects)).toEqual([
      ['credit', 15000],
      ['forfeit', 8000],
      ['note_contact', null],
    ]);
    expect(r.message).toMatchObject({
      key: 'worksheets.message.who_pays_whom.bill_delivered',
      params: {
        credit: { minor: 15000, currency: 'USD' },
        amount: { minor: 22500, currency: 'USD' },
      },
    });
    expect(whoPaysWhomTemplate.moneySides(r.evaluation)).toEqual({
      left: {
        heading: 'worksheets.side.atStake',
        rows: [
          { key: 'notBilled', minor: 15000 },
          { key: 'goodwillGiven', minor: 0 },
          { key: 'subcontractorBears', minor: 8000 },
          { key: 'netCost', minor: 7000 },
        ],
      },
      right: {
        heading: 'worksheets.side.relationship',
        rows: [{ key: 'clientWorth', minor: 2870 }],
      },
    });
  });

  it('the late ones credited at the owner’s choice: he bears all five at his price, and nothing moves', () => {
    const r = run({ job, ...history }, { answers: { clientCost: 12000, lateUnits: 'credit' } });
    expect(r.evaluation.result.option).toBe('bill_delivered');
    // 2 + 3 units credited at 75.00 = 375.00; he bears 2 + 3 units at 40.00 = 200.00, all he was owed.
    expect(r.evaluation.settlement).toMatchObject({
      credit: 37500,
      clientOwes: 0,
      subcontractorBears: 20000,
      forfeit: 20000,
      subcontractorOwed: 0,
      netCost: 17500,
    });
    expect(r.evaluation.settlement?.transfers).toEqual([]);
    expect(r.message.key).toBe('worksheets.message.who_pays_whom.bill_delivered.square');
    expect(whoPaysWhomTemplate.questionNotes?.(r.evaluation).lateUnits).toEqual({
      key: 'worksheets.who_pays_whom.note.lateUnitsSub',
      params: {
        late: { minor: 22500, currency: 'USD' },
        subcontractor: 'Metro Field Crew',
        bears: { minor: 12000, currency: 'USD' },
      },
    });
  });

  it('paying her for her office’s work is bounded by what it cost her and by what she is worth', () => {
    const answers = { clientCost: 12000 };
    const r = run(
      { job, ...history },
      { answers, decision: { option: 'pay_for_their_work', decidedOn: null, note: '' } },
    );
    // 2 × 60.00 = 120.00 cost her, but by the records she is worth 28.70 a year: 28.70 at most,
    // taken off the 225.00 still billed.
    expect(r.evaluation.settlement).toMatchObject({
      goodwill: 2870,
      clientOwes: 19630,
      payClient: 0,
    });
    expect(r.message.key).toBe('worksheets.message.who_pays_whom.pay_for_their_work');
    // Even when the owner types more.
    const more = run(
      { job, ...history },
      {
        answers,
        decision: { option: 'pay_for_their_work', decidedOn: null, note: '' },
        followUp: { ...emptyFollowUp(), amounts: { payClient: 50000 } },
      },
    );
    expect(more.evaluation.settlement?.goodwill).toBe(2870);
  });

  it('she brings a large volume of work (the owner says 8,000.00 a year): waive the bill and pay her 120.00', () => {
    const r = run(
      { job, ...history },
      {
        answers: { clientCost: 12000, clientWorth: 800000 },
        followUp: { ...emptyFollowUp(), avoidSubcontractor: true },
      },
    );
    // worth: 225.00 / 8,000.00 = 0.028 → 1 − 0.5 × 0.028/0.25 = 0.944 × 3 = 2.831; sum 8.023 of 9.
    expect(r.evaluation.result.score).toBeCloseTo(89.14, 2);
    expect(r.evaluation.result.option).toBe('waive_and_pay');
    expect(reasonKeys(r)).toContain('reason.worthItDelivered');
    // 375.00 waived and 120.00 paid (her cost, under what she is worth); he still bears only his
    // two undelivered units, at 40.00.
    expect(r.evaluation.settlement).toMatchObject({
      credit: 37500,
      goodwill: 12000,
      payClient: 12000,
      subcontractorBears: 8000,
      costOfGoodwill: 49500,
      netCost: 41500,
    });
    expect(r.evaluation.settlement?.transfers).toEqual([
      { from: 'me', to: 'client', amount: 12000 },
      { from: 'me', to: 'subcontractor', amount: 12000 },
    ]);
    expect(listed(r.effects)).toEqual([
      ['credit', 37500],
      ['pay_client', 12000],
      ['forfeit', 8000],
      ['avoid_subcontractor', null],
      ['note_contact', null],
    ]);
    expect(r.message.key).toBe('worksheets.message.who_pays_whom.waive_and_pay');
    expect(whoPaysWhomTemplate.moneySides(r.evaluation).left.rows).toEqual([
      { key: 'notBilled', minor: 15000 },
      { key: 'goodwillGiven', minor: 34500 },
      { key: 'subcontractorBears', minor: 8000 },
      { key: 'netCost', minor: 41500 },
    ]);
  });
});

describe('contrasts', () => {
  it('the trouble came from the client’s side: what was delivered is billed, her own units still are not', () => {
    const job = articleBatch({ problems: ['complaint'] });
    const r = run({ job, ...history }, { answers: { fault: 'client', clientWorth: 800000 } });
    expect(r.derived.values.faultOnRecord).toBeNull();
    expect(r.evaluation.result.option).toBe('bill_delivered');
    expect(reasonKeys(r)[0]).toBe('summary.deliveredStands');
    expect(r.evaluation.result.actions).toEqual([]);
    expect(r.evaluation.settlement).toMatchObject({ credit: 15000, clientOwes: 22500 });
  });

  it('your own job, no subcontractor, late and nothing redone: the late work billed, nothing said of a subcontractor', () => {
    const job = articleBatch({
      subcontractorId: null,
      problems: ['late'],
      lines: [line({ quantity: 4, unitPrice: 10000, late: 4 })],
    });
    const r = run({ job, ...history, parties: [client] });
    expect(r.derived.values).toMatchObject({
      faultOnRecord: 'mine',
      clientShareOnRecord: 0,
      lateValue: 40000,
    });
    expect(r.derived.values.subcontractorCost).toBeUndefined();
    // mine 1 × 3; share 0 → −1 × 2; 400.00 against 28.70 → −1 × 3; tenure 0.925: −1.075 of 9.
    expect(r.evaluation.result.score).toBeCloseTo(-11.94, 2);
    expect(r.evaluation.result.option).toBe('bill_delivered');
    expect(reasonKeys(r)).toContain('reason.theyDidNone');
    expect(r.evaluation.result.actions.map((a) => a.key)).toEqual([
      'worksheets.who_pays_whom.action.preventRepeat',
    ]);
    expect(r.message.key).toBe('worksheets.message.who_pays_whom.bill_delivered.stands');
    expect(listed(r.effects)).toEqual([['note_contact', null]]);
    expect(whoPaysWhomTemplate.optionsFor(r.evaluation)).toEqual(['bill_delivered', 'waive_all']);
  });

  it('already paid, and the subcontractor already paid: her units refunded, his paid back at his price', () => {
    const job = articleBatch();
    const payments = [
      ...earlyPayments,
      makePayment('2026-06-22', [{ job, amount: 37500 }]),
      makePayment('2026-06-21', [], {
        direction: 'me_to_sub',
        partyId: crew.id,
        amount: 20000,
        allocations: [{ jobId: job.id, amount: 20000 }],
      }),
    ];
    const r = run({ job, jobs: earlyYears, payments }, { answers: { clientCost: 12000 } });
    expect(r.derived.values).toMatchObject({
      paidSoFar: 37500,
      outstanding: 0,
      paidToSubcontractor: 20000,
    });
    // 150.00 not billed comes back to her; he pays back 80.00 for his two units.
    expect(r.evaluation.settlement).toMatchObject({
      credit: 15000,
      payClient: 15000,
      forfeit: 0,
      chargeBack: 8000,
    });
    expect(r.evaluation.settlement?.transfers).toEqual([
      { from: 'me', to: 'client', amount: 15000 },
      { from: 'subcontractor', to: 'me', amount: 8000 },
    ]);
    expect(listed(r.effects)).toEqual([
      ['pay_client', 15000],
      ['charge_back', 8000],
      ['note_contact', null],
    ]);
    expect(r.message.key).toBe('worksheets.message.who_pays_whom.bill_delivered.back');
  });

  it('nothing owed and nothing paid: the worksheet says so, and asks for no money', () => {
    const job = articleBatch();
    const credits = [makeCredit('2026-06-25', job, 37500)];
    const r = run({ job, ...history, credits }, { answers: { clientCost: 12000 } });
    expect(reasonKeys(r)[0]).toBe('summary.nothingOwed');
    expect(r.evaluation.settlement).toMatchObject({ clientOwes: 0, payClient: 0 });
    expect(r.message.key).toBe('worksheets.message.who_pays_whom.bill_delivered.square');
    expect(listed(r.effects)).toEqual([
      ['forfeit', 8000],
      ['note_contact', null],
    ]);
  });

  it('a subcontractor’s price typed only in the worksheet is used, and the decision says it is not written', () => {
    const job = articleBatch({
      lines: [line({ quantity: 5, unitPrice: 7500, late: 3, doneByClient: 2 })],
    });
    const r = run(
      { job, ...history },
      {
        answers: { clientCost: 12000 },
        factOverrides: { subcontractorCost: 20000, subcontractorUndelivered: 8000 },
      },
    );
    expect(r.evaluation.recordFacts).toMatchObject({
      subcontractorCost: 0,
      subcontractorUndelivered: 0,
    });
    expect(r.evaluation.settlement).toMatchObject({ subcontractorBears: 8000, forfeit: 8000 });
    expect(whoPaysWhomTemplate.unwritten?.(r.worksheet, r.evaluation)).toEqual([
      {
        key: 'worksheets.who_pays_whom.note.unwrittenSubcontractorPrice',
        params: { job: 'Field orders', subcontractor: 'Metro Field Crew' },
      },
    ]);
    // With the price on the job's lines, there is nothing to say.
    const onLines = run({ job: articleBatch(), ...history }, { answers: { clientCost: 12000 } });
    expect(whoPaysWhomTemplate.unwritten?.(onLines.worksheet, onLines.evaluation)).toEqual([]);
  });
});

describe('whose fault, from the job’s problem flags', () => {
  it('the subcontractor’s when flagged and on the job; yours when the work failed otherwise; else asked', () => {
    expect(faultFromProblems(['late', 'subcontractor_fault'], true)).toBe('subcontractor');
    expect(faultFromProblems(['late', 'subcontractor_fault'], false)).toBe('mine');
    expect(faultFromProblems(['not_done'], true)).toBe('mine');
    expect(faultFromProblems(['complaint'], true)).toBeNull();
    expect(faultFromProblems([], false)).toBeNull();
  });

  it('the owner’s answer wins over the pre-answer', () => {
    const r = run({ job: articleBatch(), ...history }, { answers: { fault: 'shared' } });
    expect(r.evaluation.answers.fault).toBe('shared');
  });
});
