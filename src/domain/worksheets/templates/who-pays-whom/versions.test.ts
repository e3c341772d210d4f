/**
 * Version 1 worksheets: one decided under it reads exactly as it was decided (its facts, reasons,
 * option, settlement and money); a draft begun under it is decided under version 2, keeping the
 * answers whose questions still exist.
 */
import { describe, expect, it } from 'vitest';
import { decidedWorksheet } from '../../decide';
import { evaluateWorksheet } from '../../evaluate';
import { scoreWorksheet } from '../../scoring';
import { newWorksheet, type WorksheetInput } from '../../../records';
import { CLIENT_ID, SUB_ID } from '../../test-ledger';
import { whoPaysWhomV1 } from './definition-v1';
import { whoPaysWhomTemplate } from './index';
import { settleJobV1 } from './settlement-v1';
import { articleBatch, earlyPayments, earlyYears, run } from './test-cases';

/** Version 1's facts of a 400.00 job gone wrong, as a worksheet decided then froze them. */
const v1Facts = {
  jobAmount: 40000,
  paidSoFar: 0,
  outstanding: 40000,
  subcontractorCost: 25000,
  paidToSubcontractor: 0,
  tenureMonths: 36,
  projectedValue: 500000,
};
const v1Answers = {
  clientShare: 30,
  clientCost: 15000,
  fault: 'subcontractor',
  clientWorth: 800000,
};
const labels = { name: 'Acme Bakery', job: 'Shop sign', subcontractor: 'Quick Crew' };

function decidedV1(): WorksheetInput {
  const result = scoreWorksheet(
    whoPaysWhomV1,
    { facts: v1Facts, answers: v1Answers },
    {},
    {
      currency: 'USD',
      labels,
    },
  );
  return {
    ...newWorksheet(
      'who_pays_whom',
      1,
      [CLIENT_ID, SUB_ID],
      ['00000000-0000-4000-8000-000000000777'],
      'USD',
    ),
    status: 'decided',
    step: 'follow_up',
    answers: v1Answers,
    snapshot: { asOf: '2025-06-30', facts: v1Facts, recordFacts: {}, labels },
    result,
    decision: { option: 'waive_and_pay', decidedOn: '2025-06-30', note: '' },
  };
}

describe('version 1', () => {
  it('a worksheet decided under it reads as it was decided', () => {
    const ws = decidedV1();
    const e = evaluateWorksheet(ws, null);
    expect(e.template).toBe(whoPaysWhomV1);
    expect(e.facts).toEqual(v1Facts);
    expect(e.result).toBe(ws.result);
    // What version 1 said: waive and pay, its summary and its reasons' keys.
    expect(e.result.option).toBe('waive_and_pay');
    expect(e.result.reasons.map((r) => r.key)).toEqual([
      'worksheets.who_pays_whom.summary.trustAtStake',
      'worksheets.who_pays_whom.reason.yourSide',
      // 1.725 of 10 (55.00 against 8,000.00), then 0.8 (30 %).
      'worksheets.who_pays_whom.reason.worthIt',
      'worksheets.who_pays_whom.reason.theyDidWork',
      'worksheets.who_pays_whom.reason.longTenure',
    ]);
    // Its settlement, by version 1's rules: the whole 250.00 fee borne, at the client's price.
    expect(e.settlement).toEqual(settleJobV1('waive_and_pay', v1Facts, e.answers, true, {}));
    expect(e.settlement).toMatchObject({
      credit: 40000,
      payClient: 15000,
      subcontractorBears: 25000,
    });
    expect(whoPaysWhomTemplate.moneySides(e).left.rows).toEqual([
      { key: 'costOfGoodwill', minor: 55000 },
      { key: 'subcontractorBears', minor: 25000 },
      { key: 'netCost', minor: 30000 },
    ]);
    expect(whoPaysWhomTemplate.messageKey?.(ws, e)).toBe(
      'worksheets.message.who_pays_whom.waive_and_pay',
    );
    expect(whoPaysWhomTemplate.optionsFor(e)).toEqual([...whoPaysWhomV1.options]);
  });

  it('a draft begun under it is decided under version 2, its answers kept where the question still exists', () => {
    const job = articleBatch();
    const r = run(
      { job, jobs: earlyYears, payments: earlyPayments },
      {
        templateVersion: 1,
        answers: { clientShare: 30, clientCost: 12000, fault: 'mine', clientWorth: 800000 },
        decision: { option: 'credit_share', decidedOn: null, note: '' },
      },
    );
    expect(r.evaluation.template.version).toBe(2);
    expect(r.evaluation.answers).toMatchObject({
      clientShare: 30,
      clientCost: 12000,
      fault: 'mine',
      lateUnits: 'bill',
    });
    // "credit_share" is not a version 2 option: the recommendation stands in for it.
    expect(r.evaluation.option).toBe(r.evaluation.result.option);
    expect(whoPaysWhomTemplate.definition.options).toContain(r.evaluation.option);
    const decided = decidedWorksheet(r.worksheet, r.evaluation, '2026-06-30', 'Hello');
    expect(decided.templateVersion).toBe(2);
  });
});
