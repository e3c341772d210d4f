import { describe, expect, it } from 'vitest';
import { planEffects } from '../../effects';
import { messageDraft } from '../../messages';
import { draft, evaluated, makeJob, makeParty } from '../../test-ledger';
import { emptyFollowUp } from '../../../records';

const TODAY = '2026-06-30';
const client = makeParty();

function effectsOf(plan: ReturnType<typeof planEffects>) {
  return plan.map((e) => e.effect);
}

describe('planEffects', () => {
  const disputed = makeJob({ status: 'invoiced', amount: 150000 });

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
        // No address or payment details in Settings: the message offers to send them.
        sendToIntro: { key: 'worksheets.warn_before_slowing.sendTo.ask' },
        sendTo: '',
      },
    });
  });
});
