import { describe, expect, it } from 'vitest';
import { planEffects } from '../../effects';
import { CLIENT_ID, draft, evaluated, makeJob, makeParty } from '../../test-ledger';
import { emptyFollowUp } from '../../../records';

const TODAY = '2026-06-30';
const client = makeParty();

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
});
