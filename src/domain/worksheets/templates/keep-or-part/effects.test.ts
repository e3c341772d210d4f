import { describe, expect, it } from 'vitest';
import type { ScalarMap } from '../../../records';
import { planEffects } from '../../effects';
import { messageDraft } from '../../messages';
import { draft, evaluated, makeParty } from '../../test-ledger';
import { suggestedTerms } from './terms';

const TODAY = '2026-06-30';
const client = makeParty({ termsNetDays: 30, depositPercent: 0 });
const records = { party: client, job: undefined, subcontractor: undefined };

function decide(option: string, facts: ScalarMap, followUp = {}) {
  const ws = draft('keep_or_part', {
    decision: { option, decidedOn: null, note: '' },
    followUp: { ...draft('keep_or_part').followUp, ...followUp },
  });
  const evaluation = evaluated(ws, { termsNetDays: 30, depositPercent: 0, ...facts });
  return {
    plan: planEffects(ws, evaluation, records, TODAY, 'ref'),
    message: messageDraft(ws, evaluation, TODAY),
  };
}

describe('what keeping or parting writes', () => {
  it('a client who needed chasing is asked for shorter terms and a deposit, written as listed', () => {
    const { plan, message } = decide('keep_changed_terms', { neededMoreReminders: 2 });
    expect(plan).toEqual([
      expect.objectContaining({
        effect: 'terms',
        table: 'parties',
        id: client.id,
        patch: { termsNetDays: 14, depositPercent: 25 },
        summary: expect.objectContaining({
          params: { name: 'Acme Bakery', netDays: 14, deposit: 25 },
        }),
      }),
      expect.objectContaining({ effect: 'note_contact' }),
    ]);
    expect(message).toMatchObject({
      key: 'worksheets.message.keep_or_part.keep_changed_terms',
      params: { netDays: 14, deposit: 25 },
    });
  });

  it('a missed day they named, or you doing the chasing, is evidence enough too', () => {
    expect(suggestedTerms({ facts: { termsNetDays: 30, datesMissed: 1 } })).toMatchObject({
      basis: 'chased',
      depositPercent: 25,
    });
    expect(suggestedTerms({ facts: { termsNetDays: 7, initiative: 'you_chase' } })).toEqual({
      basis: 'chased',
      netDays: 7,
      depositPercent: 25,
    });
  });

  it('a client who keeps the days they name gets terms to match, rounded up to 15 days, no deposit', () => {
    // Net 30 + 5 grace + typically 12 beyond = 47 → 60.
    const facts = { datesMet: 3, typicalDaysBeyondGrace: 12, graceDays: 5 };
    expect(suggestedTerms({ facts: { termsNetDays: 30, depositPercent: 0, ...facts } })).toEqual({
      basis: 'theirDates',
      netDays: 60,
      depositPercent: 0,
    });
    const { plan, message } = decide('keep_changed_terms', facts);
    expect(plan[0]).toMatchObject({ patch: { termsNetDays: 60, depositPercent: 0 } });
    expect(message.key).toBe('worksheets.message.keep_or_part.keep_changed_terms.noDeposit');
  });

  it('with no evidence either way the terms stay; nothing is written to the client and the message asks to talk', () => {
    const { plan, message } = decide('keep_changed_terms', {});
    expect(plan.map((e) => e.effect)).toEqual(['note_contact']);
    expect(message.key).toBe('worksheets.message.keep_or_part.keep_changed_terms.talk');
  });

  it('the owner’s own terms are written exactly as they typed them', () => {
    const { plan } = decide('keep_changed_terms', {}, { termsNetDays: 21, depositPercent: 10 });
    expect(plan[0]).toMatchObject({ patch: { termsNetDays: 21, depositPercent: 10 } });
  });

  it('keeping as is writes nothing; parting logs the message, asking for money only when some is owed', () => {
    expect(decide('keep_as_is', { lateInvoices: 1 }).plan).toEqual([]);
    const owed = decide('part_ways', { outstanding: 50_000 });
    expect(owed.plan.map((e) => e.effect)).toEqual(['note_contact']);
    expect(owed.message).toMatchObject({
      key: 'worksheets.message.keep_or_part.part_ways',
      params: { amount: { minor: 50_000, currency: 'USD' } },
    });
    expect(decide('part_ways', { outstanding: 0 }).message.key).toBe(
      'worksheets.message.keep_or_part.part_ways.nothingOwed',
    );
  });

  it('keeping as is thanks them for a payment sorted out only when one was late and none is overdue', () => {
    const base = 'worksheets.message.keep_or_part.keep_as_is';
    expect(decide('keep_as_is', { lateInvoices: 1, overdueCount: 0 }).message.key).toBe(base);
    expect(decide('keep_as_is', { lateInvoices: 0, overdueCount: 0 }).message.key).toBe(
      `${base}.thanks`,
    );
    expect(
      decide('keep_as_is', { lateInvoices: 1, overdueCount: 1, outstanding: 10_000 }).message.key,
    ).toBe(`${base}.overdue`);
  });
});
