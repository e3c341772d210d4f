/** What a settlement's decision writes, entry by entry, from records. */
import { describe, expect, it } from 'vitest';
import { chosenEffects } from '../../effects';
import { emptyFollowUp } from '../../../records';
import { CLIENT_ID, SUB_ID } from '../../test-ledger';
import { articleBatch, client, earlyPayments, earlyYears, run } from './test-cases';

const TODAY = '2026-06-30';
const history = { jobs: earlyYears, payments: earlyPayments };

describe('planEffects', () => {
  it('waived and paid: the credit on the job, the payment to her, his fee kept back at his price, the note not to use him', () => {
    const job = articleBatch();
    const { effects } = run(
      { job, ...history },
      {
        answers: { clientCost: 12000, clientWorth: 800000 },
        followUp: { ...emptyFollowUp(), avoidSubcontractor: true },
      },
    );
    expect(effects.map((e) => e.effect)).toEqual([
      'credit',
      'pay_client',
      'forfeit',
      'avoid_subcontractor',
      'note_contact',
    ]);
    expect(effects[0]).toMatchObject({
      table: 'credits',
      create: { partyId: CLIENT_ID, jobId: job.id, amount: 37500, reason: 'dispute_settled' },
    });
    expect(effects[1]).toMatchObject({
      table: 'payments',
      create: {
        direction: 'me_to_client',
        partyId: CLIENT_ID,
        amount: 12000,
        sentOn: TODAY,
        receivedOn: null,
        purpose: 'goodwill',
        allocations: [{ jobId: job.id, amount: 12000 }],
      },
    });
    // Two undelivered units at his 40.00, kept back from the 200.00 he is owed: a charge-back in hand.
    expect(effects[2]).toMatchObject({
      table: 'payments',
      create: {
        direction: 'sub_to_me',
        partyId: SUB_ID,
        amount: 8000,
        purpose: 'charge_back',
        sentOn: TODAY,
        receivedOn: TODAY,
      },
      summary: {
        key: 'worksheets.effect.forfeit',
        params: { amount: { minor: 8000, currency: 'USD' }, subcontractor: 'Metro Field Crew' },
      },
    });
    expect(effects[3]).toMatchObject({
      table: 'parties',
      id: CLIENT_ID,
      appendNote: { key: 'worksheets.note.avoidSubcontractor' },
    });
  });

  it('unticked entries are left out of what is written', () => {
    const { worksheet, effects } = run(
      { job: articleBatch(), ...history },
      { answers: { clientCost: 12000, clientWorth: 800000 } },
    );
    const skipping = {
      ...worksheet,
      followUp: { ...worksheet.followUp, skipped: ['pay_client' as const] },
    };
    expect(chosenEffects(effects, skipping).map((e) => e.effect)).not.toContain('pay_client');
  });

  it('without a subcontractor, no entry names one even when asked not to use him again', () => {
    const job = articleBatch({ subcontractorId: null });
    const { effects } = run(
      { job, ...history, parties: [client] },
      {
        answers: { clientCost: 12000 },
        followUp: { ...emptyFollowUp(), avoidSubcontractor: true },
      },
    );
    expect(effects.map((e) => e.effect)).toEqual(['credit', 'note_contact']);
  });
});
