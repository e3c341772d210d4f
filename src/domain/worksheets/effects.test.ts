import { describe, expect, it } from 'vitest';
import { chosenEffects, planEffects } from './effects';
import { messageDraft } from './messages';
import { CLIENT_ID, SUB_ID, draft, evaluated, makeJob, makeParty } from './test-ledger';
import { emptyFollowUp } from '../records';

const TODAY = '2026-06-30';
const client = makeParty();
const sub = makeParty({ id: SUB_ID, kind: 'subcontractor', name: 'Quick Crew' });

function effectsOf(plan: ReturnType<typeof planEffects>) {
  return plan.map((e) => e.effect);
}

describe('planEffects', () => {
  const disputed = makeJob({ status: 'invoiced', amount: 150000 });
  const facts = {
    amountInDispute: 150000,
    projectedValue: 600000,
    lateBefore: 0,
    tenureMonths: 60,
  };

  it('forgiving with a discount credits the whole bill as goodwill (never a write-off), notes the discount and logs the message', () => {
    const ws = draft('forgive_or_pursue', {
      jobIds: [disputed.id],
      decision: { option: 'forgive_discount', decidedOn: null, note: '' },
    });
    const plan = planEffects(
      ws,
      evaluated(ws, facts, { name: 'Acme Bakery', job: 'Shop sign' }),
      { party: client, job: disputed, subcontractor: undefined },
      TODAY,
      'ref',
    );
    expect(effectsOf(plan)).toEqual(['credit', 'discount_note', 'note_contact']);
    expect(plan[0]).toMatchObject({
      table: 'credits',
      create: {
        partyId: CLIENT_ID,
        jobId: disputed.id,
        on: TODAY,
        amount: 150000,
        currency: 'USD',
        reason: 'goodwill',
      },
      summary: {
        key: 'worksheets.effect.credit',
        params: { amount: { minor: 150000, currency: 'USD' } },
      },
    });
    expect(plan[1]).toMatchObject({
      table: 'parties',
      id: CLIENT_ID,
      appendNote: { key: 'worksheets.note.discount', params: { discount: 10 } },
    });
    expect(plan[2]).toMatchObject({
      table: 'contacts',
      create: {
        kind: 'note',
        partyId: CLIENT_ID,
        jobId: disputed.id,
        on: TODAY,
        initiatedBy: 'me',
      },
    });
  });

  it('a partial credit is a credit record settling the dispute, the bill unchanged; pursuing only logs the reminder', () => {
    const credit = draft('forgive_or_pursue', {
      jobIds: [disputed.id],
      decision: { option: 'partial_credit', decidedOn: null, note: '' },
      followUp: { ...emptyFollowUp(), amounts: { credit: 50000 } },
    });
    const plan = planEffects(
      credit,
      evaluated(credit, facts),
      { party: client, job: disputed, subcontractor: undefined },
      TODAY,
      'ref',
    );
    expect(plan[0]).toMatchObject({
      effect: 'credit',
      table: 'credits',
      create: { jobId: disputed.id, amount: 50000, reason: 'dispute_settled' },
    });

    const pursue = { ...credit, decision: { option: 'pursue', decidedOn: null, note: '' } };
    expect(
      effectsOf(
        planEffects(
          pursue,
          evaluated(pursue, facts),
          { party: client, job: disputed, subcontractor: undefined },
          TODAY,
          'ref',
        ),
      ),
    ).toEqual(['reminder_contact']);
  });

  it('keeping on changed terms sets shorter terms and a deposit on the client', () => {
    const ws = draft('keep_or_part', {
      decision: { option: 'keep_changed_terms', decidedOn: null, note: '' },
    });
    const plan = planEffects(
      ws,
      evaluated(ws, { termsNetDays: 30, depositPercent: 0 }),
      { party: client, job: undefined, subcontractor: undefined },
      TODAY,
      'ref',
    );
    expect(plan[0]).toMatchObject({
      effect: 'terms',
      patch: { termsNetDays: 14, depositPercent: 25 },
    });
    expect(effectsOf(plan)).toEqual(['terms', 'note_contact']);
    const asIs = { ...ws, decision: { option: 'keep_as_is', decidedOn: null, note: '' } };
    expect(
      planEffects(
        asIs,
        evaluated(asIs, {}),
        { party: client, job: undefined, subcontractor: undefined },
        TODAY,
        'ref',
      ),
    ).toEqual([]);
  });

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

  it('a warning logs a "warning sent" with its deadline, and agreed terms go on the client', () => {
    const ws = draft('warn_before_slowing', {
      jobIds: [disputed.id],
      answers: { termsAgreed: 'in_writing', agreedNetDays: 14 },
      decision: { option: 'warn', decidedOn: null, note: '' },
      followUp: { ...emptyFollowUp(), deadline: '2026-07-07' },
    });
    const plan = planEffects(
      ws,
      evaluated(ws, { side: 'they_owe_me', termsNetDays: 30 }),
      { party: client, job: disputed, subcontractor: undefined },
      TODAY,
      'ref',
    );
    expect(effectsOf(plan)).toEqual(['terms', 'warning_contact']);
    expect(plan[1]).toMatchObject({
      create: { kind: 'warning_sent', jobId: disputed.id },
      summary: { params: { deadline: { day: '2026-07-07' } } },
    });
  });
});

describe('messageDraft', () => {
  it('names the option and carries the figures the message quotes', () => {
    const ws = draft('warn_before_slowing', {
      decision: { option: 'warn', decidedOn: null, note: '' },
    });
    const e = evaluated(
      ws,
      { side: 'they_owe_me', outstanding: 300000, termsNetDays: 30 },
      { name: 'Acme Bakery' },
    );
    expect(messageDraft(ws, e, TODAY)).toEqual({
      key: 'worksheets.message.warn_before_slowing.warn',
      params: {
        name: 'Acme Bakery',
        amount: { minor: 300000, currency: 'USD' },
        deadline: { day: '2026-07-07' },
        netDays: 30,
      },
    });
  });
});
