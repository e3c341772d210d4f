/**
 * The article's clients built as records and read through the documented API (worksheetAdvice):
 * the recommendation, the score (worked by hand below each case), the reasons with their figures,
 * the money on each side and the entries a decision would write.
 */
import { describe, expect, it } from 'vitest';
import { newWorksheet, worksheetInputSchema, type ScalarMap } from '../../../records';
import { worksheetAdvice } from '../../advice';
import { decidedWorksheet } from '../../decide';
import type { Ledger } from '../../fact-book';
import { needsDecision } from '../../needs-decision';
import { TEST_OWNER } from '../../test-ledger';
import {
  alwaysOnTime,
  AS_OF,
  callsAhead,
  chronicEvasive,
  occasionalResponsive,
  oneLongDelay,
} from './article-cases';

function advise(ledger: Ledger, answers: ScalarMap = {}, option: string | null = null) {
  const client = ledger.parties[0]!;
  const worksheet = {
    ...newWorksheet('keep_or_part', 2, [client.id], [], 'USD'),
    answers,
    decision: { option, decidedOn: null, note: '' },
  };
  return worksheetAdvice({ ledger, owner: TEST_OWNER, worksheet, asOf: AS_OF, reference: 'ref' });
}

const keys = (reasons: readonly { key: string }[]) => reasons.map((r) => r.key);
const k = (name: string) => `worksheets.keep_or_part.${name}`;

describe('Keep or part ways? on the article’s clients', () => {
  it('late twice in twenty by a few days, paid at once after one reminder: keep as is, nothing written', () => {
    const advice = advise(occasionalResponsive());
    const { result, facts } = advice.evaluation;
    expect(facts).toMatchObject({
      graceDays: 5,
      invoicesInWindow: 20,
      lateInvoices: 2,
      latenessPattern: 'occasional',
      // 9 and 11 days after due: 4 and 6 beyond the grace.
      typicalDaysBeyondGrace: 5,
      worstDaysBeyondGrace: 6,
      remindersNeeded: 2,
      oneReminderEnough: 2,
      neededMoreReminders: 0,
      reminderRate: 1,
    });
    expect(result.option).toBe('keep_as_is');
    // Late now and then: share 2/20 = 0.1 reads 0.8; weight 3 of 3 + 2 + 2.
    expect(result.score).toBeCloseTo((100 * 3 * 0.8) / 7, 6);
    expect(keys(result.reasons)).toEqual([
      k('summary.occasionalOneReminder'),
      k('reason.lateNowAndThen'),
    ]);
    expect(result.reasons[1]!.params).toMatchObject({
      graceDays: 5,
      lateInvoices: 2,
      invoicesInWindow: 20,
      worstDaysBeyondGrace: 6,
    });
    // Twenty $1,000 bills in two years' relationship: z = 24/30, prior = 20,000 × 12/24.
    expect(advice.moneySides.left.rows).toEqual([{ key: 'outstanding', minor: 0 }]);
    expect(advice.moneySides.right.rows).toEqual([
      { key: 'projectedValue', minor: 0.8 * 2_000_000 + 0.2 * 1_000_000 },
    ]);
    expect(advice.entries).toEqual([]);
    expect(advice.message.key).toBe('worksheets.message.keep_or_part.keep_as_is');
  });

  it('twenty of twenty on time, no contacts: nothing to decide, keep as is whatever is answered', () => {
    const advice = advise(alwaysOnTime(), { treatment: 'rude', wantToKeep: 'no' });
    const { result } = advice.evaluation;
    expect(result.option).toBe('keep_as_is');
    // Never late reads +1 (weight 3), rude −1 and "no" −1 (weight 2 each): (3 − 2 − 2) / 7.
    expect(result.score).toBeCloseTo(-100 / 7, 6);
    expect(keys(result.reasons)[0]).toBe(k('summary.nothingToDecide'));
    expect(keys(result.reasons)).toContain(k('reason.neverLate'));
    expect(advise(alwaysOnTime()).evaluation.result.score).toBeCloseTo((100 * 3) / 7, 6);
    expect(advise(alwaysOnTime()).message.key).toBe(
      'worksheets.message.keep_or_part.keep_as_is.thanks',
    );
    expect(needsDecision(alwaysOnTime(), [], AS_OF, TEST_OWNER).situations).toEqual([]);
  });

  it('late as a rule, reminders not enough, you chase: part ways, the open bill asked for', () => {
    const ledger = chronicEvasive();
    const advice = advise(ledger, { treatment: 'evasive' });
    const { result, facts } = advice.evaluation;
    expect(facts).toMatchObject({
      invoicesInWindow: 8,
      lateInvoices: 6,
      latenessPattern: 'chronic',
      // Five paid 45 days after due (40 beyond), one unpaid 39 days (34 beyond) as it stands.
      typicalDaysBeyondGrace: 40,
      worstDaysBeyondGrace: 40,
      latenessTrend: 'worsening',
      remindersNeeded: 6,
      oneReminderEnough: 0,
      neededMoreReminders: 6,
      reminderRate: 0.25,
      contactsByThem: 0,
      contactsByMe: 18,
      initiative: 'you_chase',
      outstanding: 100_000,
    });
    expect(result.option).toBe('part_ways');
    // frequency 0.75 → −0.8 (×3); typical 40 → −0.7333 (×2); worst 40 → −0.2333 (×1);
    // reminders 0.25 → −0.6 (×2); you chase −1 (×2); worsening −1 (×1); evasive −0.7 (×2); of 18.
    const points = -2.4 - 2 * (0.6 + 0.4 / 3) - 0.7 / 3 - 1.2 - 2 - 1 - 1.4;
    expect(result.score).toBeCloseTo((100 * points) / 18, 6);
    expect(keys(result.reasons)).toEqual([
      k('summary.chronicEvasive'),
      k('reason.lateAsARule'),
      k('reason.youChase'),
      k('reason.lateByMuch'),
      k('reason.evasive'),
    ]);
    expect(advice.moneySides.left.rows).toEqual([{ key: 'outstanding', minor: 100_000 }]);
    expect(advice.moneySides.right.rows).toEqual([
      { key: 'projectedValue', minor: 0.8 * 800_000 + 0.2 * 400_000 },
    ]);
    expect(advice.entries.map((e) => e.effect)).toEqual(['note_contact']);
    expect(advice.message).toMatchObject({
      key: 'worksheets.message.keep_or_part.part_ways',
      params: { amount: { minor: 100_000, currency: 'USD' } },
    });
    const { situations } = needsDecision(ledger, [], AS_OF, TEST_OWNER);
    expect(situations).toEqual([
      expect.objectContaining({
        templateId: 'keep_or_part',
        reason: expect.objectContaining({
          params: expect.objectContaining({ count: 5, days: 39 }),
        }),
      }),
    ]);
  });

  it('late as a rule but rings ahead and keeps the day: keep, on terms that match when they pay', () => {
    const advice = advise(callsAhead());
    const { result, facts, answers } = advice.evaluation;
    expect(facts).toMatchObject({
      lateInvoices: 6,
      latenessPattern: 'chronic',
      typicalDaysBeyondGrace: 10,
      worstDaysBeyondGrace: 10,
      latenessTrend: 'steady',
      remindersNeeded: 0,
      reminderRate: 1,
      contactsByThem: 6,
      contactsByMe: 0,
      datesGiven: 6,
      datesMet: 6,
      datesMissed: 0,
    });
    // Their calls answer the rough-patch question, still the owner's to change.
    expect(answers.toldRoughPatch).toBe('yes');
    expect(advice.derived.sources.roughPatchOnRecord).toMatchObject({
      key: 'worksheets.source.keep_or_part.calledFirst',
      params: { count: 6 },
    });
    expect(result.option).toBe('keep_changed_terms');
    // frequency −0.8 (×3); typical 10 → 0.25 (×2); worst 10 → 0.5333 (×1); never reminded +1
    // (×2); they reach out +1 (×2); days kept +1 (×2); steady 0; told you +1 (×1); of 18.
    const points = -2.4 + 0.5 + (1 - (10 / 15) * 0.7) + 2 + 2 + 2 + 1;
    expect(result.score).toBeCloseTo((100 * points) / 18, 6);
    expect(keys(result.reasons)).toEqual([
      k('summary.chronicKeepsDates'),
      k('reason.lateAsARule'),
      // Equal weights and verdicts: in the order of their factors' keys (dates, initiative, reminders).
      k('reason.keepsDates'),
      k('reason.theyReachOut'),
      k('reason.neverReminded'),
    ]);
    // Net 30 + 5 days' grace + typically 10 beyond = 45: terms they keep, no deposit.
    const decided = advise(callsAhead(), {}, 'keep_changed_terms');
    expect(decided.entries).toEqual([
      expect.objectContaining({
        effect: 'terms',
        patch: { termsNetDays: 45, depositPercent: 0 },
        summary: expect.objectContaining({ params: expect.objectContaining({ netDays: 45 }) }),
      }),
      expect.objectContaining({ effect: 'note_contact' }),
    ]);
    expect(decided.message.key).toBe(
      'worksheets.message.keep_or_part.keep_changed_terms.noDeposit',
    );
  });

  it('one bill paid 95 days late among on-time ones reads as 90 days beyond the grace, not a few', () => {
    const advice = advise(oneLongDelay());
    const { result, facts } = advice.evaluation;
    expect(facts).toMatchObject({
      lateInvoices: 1,
      typicalDaysBeyondGrace: 90,
      worstDaysBeyondGrace: 90,
    });
    expect(result.option).toBe('keep_as_is');
    // Share 1/20 = 0.05 reads 0.9.
    expect(result.score).toBeCloseTo((100 * 3 * 0.9) / 7, 6);
    expect(keys(result.reasons)).toEqual([k('summary.occasionalLong'), k('reason.lateNowAndThen')]);
    expect(result.reasons[0]!.params.worstDaysBeyondGrace).toBe(90);
    expect(keys(result.actions)).toEqual([k('action.askAboutLongDelay')]);
  });

  it('each client’s worksheet, decided on any option, is one the database accepts', () => {
    for (const client of [
      occasionalResponsive,
      alwaysOnTime,
      chronicEvasive,
      callsAhead,
      oneLongDelay,
    ]) {
      for (const option of ['keep_as_is', 'keep_changed_terms', 'part_ways']) {
        const ledger = client();
        const advice = advise(ledger, { treatment: 'polite' }, option);
        const worksheet = {
          ...newWorksheet('keep_or_part', 2, [ledger.parties[0]!.id], [], 'USD'),
          answers: { treatment: 'polite' },
          decision: { option, decidedOn: null, note: '' },
        };
        const decided = decidedWorksheet(worksheet, advice.evaluation, AS_OF, 'Hello');
        expect(worksheetInputSchema.safeParse(decided).error).toBeUndefined();
      }
    }
  });

  it('the grace is the owner’s: with 15 days, the occasional client was never late', () => {
    const client = occasionalResponsive();
    const worksheet = newWorksheet('keep_or_part', 2, [client.parties[0]!.id], [], 'USD');
    const advice = worksheetAdvice({
      ledger: client,
      owner: { ...TEST_OWNER, lateGraceDays: 15 },
      worksheet,
      asOf: AS_OF,
    });
    expect(advice.evaluation.facts).toMatchObject({ graceDays: 15, lateInvoices: 0 });
    expect(advice.derived.sources.lateInvoices).toMatchObject({
      key: 'worksheets.source.keep_or_part.windowMonths',
      params: { count: 20, grace: 15, from: { day: '2025-06-30' } },
    });
  });
});
