/**
 * Version 1 worksheets: one decided under it still reads as it was decided (its facts, reasons and
 * the words of both, frozen here as they were); a draft begun under it is decided under version 2.
 */
import { describe, expect, it } from 'vitest';
import { newWorksheet, type WorksheetInput } from '../../../records';
import { decidedWorksheet } from '../../decide';
import { evaluateWorksheet } from '../../evaluate';
import { deriveFacts } from '../../facts';
import { holds, scoreWorksheet } from '../../scoring';
import { CLIENT_ID, TEST_OWNER, ledger, makeJob, makeParty } from '../../test-ledger';
import { warnBeforeSlowing } from './definition';
import { warnBeforeSlowingV1 } from './definition-v1';
import { en } from './en';

// Facts as version 1 read them, frozen into a worksheet decided on 2026-06-30.
const v1Facts = {
  side: 'they_owe_me',
  outstanding: 300000,
  overdueCount: 1,
  oldestDaysOverdue: 45,
  inTheMail: 0,
  remindersSinceDue: 2,
  warningsSinceDue: 0,
  openJobs: 1,
  termsNetDays: 30,
  addressConfirmedOn: '2025-06-01',
  addressAgeDays: 390,
};
const v1Answers = {
  paymentLost: 'no',
  addressChanged: 'no',
  termsAgreed: 'in_writing',
  dependence: 'some',
};

function decidedUnderV1(): WorksheetInput {
  const result = scoreWorksheet(
    warnBeforeSlowingV1,
    { facts: v1Facts, answers: v1Answers },
    {},
    { currency: 'USD', labels: { name: 'Acme Bakery' } },
  );
  return {
    ...newWorksheet('warn_before_slowing', 1, [CLIENT_ID], [], 'USD'),
    status: 'decided',
    step: 'follow_up',
    answers: v1Answers,
    snapshot: {
      asOf: '2026-06-30',
      facts: v1Facts,
      recordFacts: {},
      labels: { name: 'Acme Bakery' },
    },
    result,
    decision: { option: 'warn', decidedOn: '2026-06-30', note: '' },
  };
}

describe('a worksheet decided under version 1', () => {
  const ws = decidedUnderV1();
  // Today's records say something else entirely: a decided worksheet must not follow them.
  const today = deriveFacts(
    { templateId: 'warn_before_slowing', partyIds: [CLIENT_ID], jobIds: [], currency: 'USD' },
    ledger({ parties: [makeParty()], jobs: [makeJob({ dueOn: '2026-08-01' })] }),
    '2026-09-01',
    TEST_OWNER,
  );
  const e = evaluateWorksheet(ws, today);

  it('is shown by the version 1 definition, its frozen facts and its stored result', () => {
    expect(e.template).toBe(warnBeforeSlowingV1);
    expect(e.facts).toEqual(v1Facts);
    expect(e.result).toBe(ws.result);
    expect(e.option).toBe('warn');
    const shown = e.template.facts.filter((f) => holds(f.when, e.inputs)).map((f) => f.key);
    expect(shown).toEqual([
      'side',
      'outstanding',
      'overdueCount',
      'oldestDaysOverdue',
      'inTheMail',
      'remindersSinceDue',
      'warningsSinceDue',
      'openJobs',
      'termsNetDays',
      'addressConfirmedOn',
      'addressAgeDays',
    ]);
  });

  it('reads the same words as when it was decided', () => {
    // overdue 0.3 + 15/30·0.7 = 0.65·3; lost 1·2; address 0.5·1; terms 1·2; reminded 1·2;
    // leverage 0.2·1 → 8.65 / 11 = 78.64.
    expect(ws.result!.score).toBeCloseTo(78.64, 2);
    const words = ws.result!.reasons.map((r) => en[r.key as keyof typeof en]);
    // Lost, reminded and terms tie at 18.18 points (in key order), then overdue at 17.73.
    expect(words).toEqual([
      'You have checked: the money was not sent and lost.',
      'You have reminded them {remindersSinceDue} times since the bill fell due.',
      'Payment terms were agreed.',
      'The oldest bill is {oldestDaysOverdue} days overdue.',
    ]);
    expect(ws.result!.actions.map((a) => en[a.key as keyof typeof en])).toEqual([
      'Once they pay, reward it: deliver something early or go a step further. People repeat what is rewarded.',
    ]);
    expect(en['worksheets.fact.oldestDaysOverdue']).toBe('Oldest bill overdue by');
    expect(en['worksheets.fact.warningsSinceDue']).toBe('Warnings since it fell due');
    for (const option of warnBeforeSlowingV1.options) {
      expect(
        en[`worksheets.message.warn_before_slowing.${option}` as keyof typeof en],
      ).toBeDefined();
    }
  });
});

describe('a draft begun under version 1', () => {
  it('is evaluated and decided under version 2, keeping the answers whose questions remain', () => {
    const draft = {
      ...newWorksheet('warn_before_slowing', 1, [CLIENT_ID], [], 'USD'),
      answers: { ...v1Answers },
    };
    const overdue = makeJob({ invoicedOn: '2026-04-01', amount: 300000 });
    const open = makeJob({ status: 'open', orderedOn: '2026-06-01' });
    const derived = deriveFacts(
      { templateId: 'warn_before_slowing', partyIds: [CLIENT_ID], jobIds: [], currency: 'USD' },
      ledger({ parties: [makeParty()], jobs: [overdue, open] }),
      '2026-06-30',
      TEST_OWNER,
    );
    const e = evaluateWorksheet(draft, derived);
    expect(e.template).toBe(warnBeforeSlowing);
    expect(e.answers).toMatchObject(v1Answers);
    // Due 1 May, 60 days unpaid on 30 June: 55 beyond the grace; no reminder; share 1/1.
    expect(e.facts.unpaidDaysBeyondGrace).toBe(55);
    const decided = decidedWorksheet(draft, e, '2026-06-30', '');
    expect(decided.templateVersion).toBe(2);
    expect(decided.result!.factors.map((f) => f.key)).toContain('habit');
  });
});
