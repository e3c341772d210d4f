import { describe, expect, it } from 'vitest';
import { chosenEffects, planEffects } from '../../effects';
import { CLIENT_ID, SUB_ID, draft, evaluated, makeJob, makeParty } from '../../test-ledger';
import { emptyFollowUp } from '../../../records';

const TODAY = '2026-06-30';
const client = makeParty();
const sub = makeParty({ id: SUB_ID, kind: 'subcontractor', name: 'Quick Crew' });

function effectsOf(plan: ReturnType<typeof planEffects>) {
  return plan.map((e) => e.effect);
}

describe('planEffects', () => {
  it('a job gone wrong: the bill credited, a goodwill payment, the subcontractor’s fee kept back and a note not to use them again', () => {
    const job = makeJob({
      status: 'done',
      amount: 40000,
      subcontractorId: SUB_ID,
      subcontractorCost: 25000,
    });
    const ws = draft('who_pays_whom', {
      partyIds: [CLIENT_ID, SUB_ID],
      jobIds: [job.id],
      answers: { clientShare: 30, clientCost: 15000, fault: 'subcontractor', clientWorth: 800000 },
      decision: { option: 'waive_and_pay', decidedOn: null, note: '' },
      followUp: { ...emptyFollowUp(), avoidSubcontractor: true },
    });
    const e = evaluated(
      ws,
      {
        jobAmount: 40000,
        paidSoFar: 0,
        outstanding: 40000,
        subcontractorCost: 25000,
        paidToSubcontractor: 0,
        tenureMonths: 36,
      },
      { name: 'Acme Bakery', job: 'Shop sign', subcontractor: 'Quick Crew' },
    );
    const plan = planEffects(ws, e, { party: client, job, subcontractor: sub }, TODAY, 'Worksheet');
    expect(effectsOf(plan)).toEqual([
      'credit',
      'pay_client',
      'forfeit',
      'avoid_subcontractor',
      'note_contact',
    ]);
    expect(plan[1]).toMatchObject({
      table: 'payments',
      create: {
        direction: 'me_to_client',
        partyId: CLIENT_ID,
        amount: 15000,
        sentOn: TODAY,
        receivedOn: null,
        purpose: 'goodwill',
        allocations: [{ jobId: job.id, amount: 15000 }],
      },
    });
    expect(plan[0]).toMatchObject({ table: 'credits', create: { amount: 40000 } });
    // The whole fee is kept back: a charge-back already in hand, netted against what they are paid.
    expect(plan[2]?.summary).toEqual({
      key: 'worksheets.effect.forfeit',
      params: { amount: { minor: 25000, currency: 'USD' }, subcontractor: 'Quick Crew' },
    });
    expect(plan[2]).toMatchObject({
      table: 'payments',
      create: {
        direction: 'sub_to_me',
        partyId: SUB_ID,
        amount: 25000,
        purpose: 'charge_back',
        sentOn: TODAY,
        receivedOn: TODAY,
      },
    });

    // Unticked effects are left out of what is written.
    const skipping = { ...ws, followUp: { ...ws.followUp, skipped: ['pay_client' as const] } };
    expect(effectsOf(chosenEffects(plan, skipping))).not.toContain('pay_client');
  });

  it('a subcontractor already paid pays back what they bear', () => {
    const job = makeJob({
      status: 'invoiced',
      amount: 40000,
      subcontractorId: SUB_ID,
      subcontractorCost: 25000,
    });
    const ws = draft('who_pays_whom', {
      partyIds: [CLIENT_ID, SUB_ID],
      jobIds: [job.id],
      answers: { clientShare: 50, fault: 'subcontractor' },
      decision: { option: 'waive_all', decidedOn: null, note: '' },
    });
    const e = evaluated(
      ws,
      {
        jobAmount: 40000,
        paidSoFar: 40000,
        outstanding: 0,
        subcontractorCost: 25000,
        paidToSubcontractor: 25000,
      },
      { name: 'Acme Bakery', subcontractor: 'Quick Crew' },
    );
    const plan = planEffects(ws, e, { party: client, job, subcontractor: sub }, TODAY, 'ref');
    expect(effectsOf(plan)).toEqual(['pay_client', 'charge_back', 'note_contact']);
    expect(plan[1]).toMatchObject({
      create: { direction: 'sub_to_me', partyId: SUB_ID, amount: 25000 },
    });
  });
});
