import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../facts';
import { settleJob } from './settlement';
import {
  CLIENT_ID,
  SUB_ID,
  ledger,
  makeJob,
  makeParty,
  makePayment,
  score,
  TEST_OWNER,
} from '../../test-ledger';

/** A 400.00 job for an old client, not yet paid; the subcontractor was to get 250.00. */
const wentWrong = {
  jobAmount: 40000,
  paidSoFar: 0,
  outstanding: 40000,
  subcontractorCost: 25000,
  paidToSubcontractor: 0,
  tenureMonths: 36,
  projectedValue: 500000,
};

describe('Who should pay whom?', () => {
  it('the subcontractor dropped the work, the client did part herself and brings much more: waive and pay her', () => {
    const answers = {
      clientShare: 30,
      clientCost: 15000,
      fault: 'subcontractor',
      clientWorth: 800000,
    };
    const result = score('who_pays_whom', wentWrong, answers);
    expect(result.option).toBe('waive_and_pay');
    expect(result.reasons[0]!.key).toBe('worksheets.who_pays_whom.summary.trustAtStake');
    expect(result.actions.map((a) => a.key)).toEqual([
      'worksheets.who_pays_whom.action.avoidSubcontractor',
      'worksheets.who_pays_whom.action.preventRepeat',
    ]);

    const settlement = settleJob('waive_and_pay', wentWrong, answers, true);
    expect(settlement).toMatchObject({
      credit: 40000,
      goodwill: 15000,
      clientOwes: 0,
      payClient: 15000,
      // The subcontractor bears what the failure cost, up to what they were to be paid.
      subcontractorBears: 25000,
      forfeit: 25000,
      chargeBack: 0,
      subcontractorOwed: 0,
      costOfGoodwill: 55000,
      netCost: 30000,
    });
    expect(settlement.transfers).toEqual([{ from: 'me', to: 'client', amount: 15000 }]);
  });

  it('the client caused the trouble: bill in full, and the subcontractor is paid as agreed', () => {
    const answers = { clientShare: 0, clientCost: 0, fault: 'client', clientWorth: 500000 };
    expect(score('who_pays_whom', wentWrong, answers).option).toBe('bill_in_full');
    const settlement = settleJob('bill_in_full', wentWrong, answers, true);
    expect(settlement.transfers).toEqual([
      { from: 'client', to: 'me', amount: 40000 },
      { from: 'me', to: 'subcontractor', amount: 25000 },
    ]);
    expect(settlement.costOfGoodwill).toBe(0);
  });

  it('late through your own fault, nothing redone: a credit, not the whole bill', () => {
    const answers = { clientShare: 0, clientCost: 0, fault: 'mine', clientWorth: 500000 };
    const result = score('who_pays_whom', wentWrong, answers);
    expect(result.option).toBe('credit_share');
    // A credit is never a credit of nothing: at least a tenth of the bill.
    const settlement = settleJob('credit_share', wentWrong, answers, false);
    expect(settlement.credit).toBe(4000);
    expect(settlement.transfers).toEqual([{ from: 'client', to: 'me', amount: 36000 }]);
  });

  it('a client worth little next to the cost: the same failure earns less generosity', () => {
    const answers = { clientShare: 30, clientCost: 15000, fault: 'subcontractor' };
    const valued = score('who_pays_whom', wentWrong, { ...answers, clientWorth: 800000 });
    const small = score('who_pays_whom', wentWrong, { ...answers, clientWorth: 10000 });
    expect(small.score).toBeLessThan(valued.score);
    expect(['credit_share', 'waive_all']).toContain(small.option);
  });

  it('already paid and already paid the subcontractor: a refund, and a charge-back from them', () => {
    const paid = { ...wentWrong, paidSoFar: 40000, outstanding: 0, paidToSubcontractor: 25000 };
    const answers = { clientShare: 50, clientCost: 0, fault: 'subcontractor' };
    const settlement = settleJob('waive_all', paid, answers, true);
    expect(settlement).toMatchObject({
      credit: 40000,
      payClient: 40000,
      forfeit: 0,
      chargeBack: 25000,
    });
    expect(settlement.transfers).toEqual([
      { from: 'me', to: 'client', amount: 40000 },
      { from: 'subcontractor', to: 'me', amount: 25000 },
    ]);
  });

  it('goodwill against a bill still owed is netted into one smaller bill', () => {
    const answers = { clientShare: 25, clientCost: 5000, fault: 'mine' };
    const settlement = settleJob('credit_share', wentWrong, answers, false, { payClient: 5000 });
    // 400 less a 100 credit less the 50 goodwill: the client pays 250, nobody pays the client.
    expect(settlement).toMatchObject({ credit: 15000, clientOwes: 25000, payClient: 0 });
    expect(settlement.transfers).toEqual([{ from: 'client', to: 'me', amount: 25000 }]);
  });

  it('the owner may set each amount; the credit never exceeds the bill', () => {
    const settlement = settleJob('credit_share', wentWrong, {}, true, {
      credit: 999999,
      subcontractorBears: 5000,
    });
    expect(settlement.credit).toBe(40000);
    expect(settlement).toMatchObject({ forfeit: 5000, subcontractorOwed: 20000 });
  });

  it('reads the job, what was paid and what the subcontractor was paid from the records', () => {
    const client = makeParty({ relationshipStart: '2024-01-01' });
    const sub = makeParty({ id: SUB_ID, kind: 'subcontractor', name: 'Quick Crew' });
    const job = makeJob({
      orderedOn: '2026-05-01',
      doneOn: '2026-05-10',
      status: 'done',
      amount: 40000,
      subcontractorId: SUB_ID,
      subcontractorCost: 25000,
      problems: ['not_done', 'subcontractor_fault'],
    });
    const payments = [
      makePayment('2026-05-12', [{ job, amount: 10000 }]),
      makePayment('2026-05-15', [], {
        direction: 'me_to_sub',
        partyId: SUB_ID,
        amount: 12000,
        allocations: [{ jobId: job.id, amount: 12000 }],
      }),
    ];
    const facts = deriveFacts(
      {
        templateId: 'who_pays_whom',
        partyIds: [CLIENT_ID, SUB_ID],
        jobIds: [job.id],
        currency: 'USD',
      },
      ledger({ parties: [client, sub], jobs: [job], payments }),
      '2026-06-30',
      TEST_OWNER,
    );
    expect(facts.values).toMatchObject({
      jobAmount: 40000,
      paidSoFar: 10000,
      outstanding: 30000,
      subcontractorCost: 25000,
      paidToSubcontractor: 12000,
      tenureMonths: 29,
    });
    expect(facts.labels).toEqual({
      name: 'Acme Bakery',
      job: 'Shop sign',
      subcontractor: 'Quick Crew',
      problems: 'not_done,subcontractor_fault',
    });
  });
});
