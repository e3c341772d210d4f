import { describe, expect, it } from 'vitest';
import { planEffects } from '../../effects';
import { draft, evaluated, makeParty } from '../../test-ledger';

const TODAY = '2026-06-30';
const client = makeParty();

function effectsOf(plan: ReturnType<typeof planEffects>) {
  return plan.map((e) => e.effect);
}

describe('planEffects', () => {
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
});
