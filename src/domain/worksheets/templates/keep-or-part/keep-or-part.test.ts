import { describe, expect, it } from 'vitest';
import { addDays } from '../../../dates';
import { deriveFacts } from '../../facts';
import {
  CLIENT_ID,
  ledger,
  makeContact,
  makeJob,
  makeParty,
  makePayment,
  score,
  TEST_OWNER,
} from '../../test-ledger';

const occasionalResponsive = {
  tenureMonths: 30,
  lateCount12m: 1,
  averageDaysLate: 3,
  latenessPattern: 'occasional',
  latenessTrend: 'steady',
  remindersSent: 2,
  paidAfterReminder: 2,
  contactsByThem: 3,
  contactsByMe: 2,
  initiative: 'they_reach_out',
};

const chronicEvasive = {
  tenureMonths: 4,
  lateCount12m: 5,
  averageDaysLate: 40,
  latenessPattern: 'chronic',
  latenessTrend: 'worsening',
  remindersSent: 4,
  paidAfterReminder: 0,
  contactsByThem: 0,
  contactsByMe: 6,
  initiative: 'you_chase',
};

describe('Keep or part ways?', () => {
  it('late once or twice, paid as soon as reminded, calls first: keep as is', () => {
    const result = score('keep_or_part', occasionalResponsive, {
      toldRoughPatch: 'yes',
      treatment: 'polite',
      wantToKeep: 'yes',
    });
    expect(result.option).toBe('keep_as_is');
    expect(result.reasons[0]!.key).toBe('worksheets.keep_or_part.summary.occasionalResponsive');
    expect(result.reasons.map((r) => r.key)).toContain(
      'worksheets.keep_or_part.reason.remindersWork',
    );
  });

  it('late as a rule, ignores reminders, must be chased: part ways', () => {
    const result = score('keep_or_part', chronicEvasive, {
      toldRoughPatch: 'no',
      treatment: 'evasive',
      wantToKeep: 'neutral',
    });
    expect(result.option).toBe('part_ways');
    expect(result.reasons[0]!.key).toBe('worksheets.keep_or_part.summary.chronicEvasive');
    expect(result.reasons.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        'worksheets.keep_or_part.reason.oftenLate',
        'worksheets.keep_or_part.reason.remindersIgnored',
        'worksheets.keep_or_part.reason.youChase',
      ]),
    );
  });

  it('often late but pays when reminded and stays in touch: keep, on changed terms', () => {
    const result = score(
      'keep_or_part',
      {
        ...chronicEvasive,
        lateCount12m: 4,
        averageDaysLate: 10,
        latenessTrend: 'steady',
        paidAfterReminder: 4,
        contactsByThem: 3,
        contactsByMe: 3,
        initiative: 'they_reach_out',
      },
      { toldRoughPatch: 'no', treatment: 'polite', wantToKeep: 'yes' },
    );
    expect(result.option).toBe('keep_changed_terms');
    expect(result.reasons[0]!.key).toBe('worksheets.keep_or_part.summary.chronicResponsive');
  });

  it('the two read differently in every reason, not only in the recommendation', () => {
    const a = score('keep_or_part', occasionalResponsive, {});
    const b = score('keep_or_part', chronicEvasive, {});
    const keysA = new Set(a.reasons.map((r) => r.key));
    expect(b.reasons.some((r) => keysA.has(r.key))).toBe(false);
  });

  it('a rude client you do not want tips even a fair record toward parting', () => {
    const fair = {
      ...occasionalResponsive,
      lateCount12m: 2,
      averageDaysLate: 12,
      remindersSent: 2,
      paidAfterReminder: 2,
    };
    expect(score('keep_or_part', fair, { treatment: 'polite', wantToKeep: 'yes' }).option).toBe(
      'keep_as_is',
    );
    expect(
      score('keep_or_part', fair, { treatment: 'rude', wantToKeep: 'no', toldRoughPatch: 'no' })
        .option,
    ).not.toBe('keep_as_is');
  });

  it('reads lateness, reminders and who reaches out from the records', () => {
    const asOf = '2026-06-30';
    const dues = [
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
    ];
    const lateBy = [0, 2, 0, 30, 40, 45];
    const jobs = dues.map((dueOn) => makeJob({ orderedOn: '2025-09-01', dueOn, amount: 100000 }));
    const payments = jobs.map((job, i) =>
      makePayment(addDays(dues[i]!, lateBy[i]!), [{ job, amount: 100000 }]),
    );
    const contacts = [
      makeContact('2026-01-05'),
      // Paid four days after this one.
      makeContact('2026-03-10'),
      makeContact('2026-04-01', { kind: 'warning_sent' }),
      makeContact('2026-04-02', { kind: 'client_called_first', initiatedBy: 'them' }),
    ];
    const facts = deriveFacts(
      { templateId: 'keep_or_part', partyIds: [CLIENT_ID], jobIds: [], currency: 'USD' },
      ledger({ parties: [makeParty({ termsNetDays: 30 })], jobs, payments, contacts }),
      asOf,
      TEST_OWNER,
    );
    expect(facts.values).toMatchObject({
      lateCount12m: 4,
      latenessPattern: 'chronic',
      latenessTrend: 'worsening',
      remindersSent: 3,
      paidAfterReminder: 1,
      contactsByThem: 1,
      contactsByMe: 3,
      initiative: 'mixed',
      outstanding: 0,
      overdueCount: 0,
      termsNetDays: 30,
      depositPercent: 0,
    });
    expect(facts.values.averageDaysLate).toBeCloseTo(19.5, 1);
  });
});
