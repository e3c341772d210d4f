/**
 * Version 1 decided worksheets still read as they were decided; a version 1 draft moves to
 * version 2 with the answers whose questions are still asked.
 */
import { describe, expect, it } from 'vitest';
import { worksheetInputSchema, type WorksheetInput } from '../../../records';
import { decidedWorksheet } from '../../decide';
import { evaluateWorksheet } from '../../evaluate';
import { definitionFor } from '../../registry';
import { scoreWorksheet } from '../../scoring';
import { draft } from '../../test-ledger';
import { keepOrPart } from './definition';
import { keepOrPartV1 } from './definition-v1';

/** A version 1 reading: twelve months' late count and the average over all jobs. */
const v1Facts = {
  tenureMonths: 30,
  jobCount: 20,
  lateCount12m: 2,
  averageDaysLate: 1.2,
  worstDaysLate: 14,
  onTimeRate: 0.9,
  latenessPattern: 'occasional',
  latenessTrend: 'steady',
  remindersSent: 2,
  paidAfterReminder: 2,
  contactsByThem: 0,
  contactsByMe: 2,
  initiative: 'mixed',
  outstanding: 0,
  overdueCount: 0,
  projectedValue: 2_000_000,
  termsNetDays: 30,
  depositPercent: 0,
};

function decidedUnderV1(): WorksheetInput {
  const answers = { treatment: 'polite' };
  const result = scoreWorksheet(
    keepOrPartV1,
    { facts: v1Facts, answers: { toldRoughPatch: null, treatment: 'polite', wantToKeep: null } },
    {},
    { currency: 'USD', labels: { name: 'Acme Bakery' } },
  );
  return {
    ...draft('keep_or_part', { templateVersion: 1, answers }),
    status: 'decided',
    step: 'follow_up',
    snapshot: {
      asOf: '2025-12-01',
      facts: v1Facts,
      recordFacts: {},
      labels: { name: 'Acme Bakery' },
    },
    result,
    decision: { option: result.option, decidedOn: '2025-12-01', note: '' },
  };
}

describe('keep or part ways across versions', () => {
  it('version 2 is current and version 1 is kept for the worksheets decided under it', () => {
    expect(keepOrPart.version).toBe(2);
    expect(definitionFor('keep_or_part', 1)).toBe(keepOrPartV1);
    expect(definitionFor('keep_or_part', 2)).toBe(keepOrPart);
  });

  it('a worksheet decided under version 1 shows its frozen facts, factors and reasons, whatever the records say now', () => {
    const decided = decidedUnderV1();
    expect(worksheetInputSchema.safeParse(decided).success).toBe(true);
    // Version 1 advised changed terms with a 25 % deposit for two late payments: so it stays.
    expect(decided.result!.option).toBe('keep_changed_terms');
    const later = evaluateWorksheet(decided, {
      values: { lateInvoices: 0, invoicesInWindow: 20 },
      sources: {},
      labels: { name: 'Renamed' },
    });
    expect(later.template).toBe(keepOrPartV1);
    expect(later.facts).toEqual(v1Facts);
    expect(later.result).toEqual(decided.result);
    expect(later.result.reasons.map((r) => r.key)).toContain(
      'worksheets.keep_or_part.reason.remindersWork',
    );
    expect(later.result.reasons[0]!.params).toMatchObject({ lateCount12m: 2, name: 'Acme Bakery' });
    expect(later.option).toBe('keep_changed_terms');
  });

  it('a version 1 draft opened today is evaluated and decided under version 2, keeping its answers', () => {
    const old = draft('keep_or_part', {
      templateVersion: 1,
      answers: { treatment: 'polite', wantToKeep: 'yes' },
    });
    const derived = {
      values: {
        graceDays: 5,
        invoicesInWindow: 20,
        lateInvoices: 2,
        latenessPattern: 'occasional',
        overdueCount: 0,
        outstanding: 0,
        termsNetDays: 30,
        depositPercent: 0,
      },
      sources: {},
      labels: { name: 'Acme Bakery' },
    };
    const evaluation = evaluateWorksheet(old, derived);
    expect(evaluation.template).toBe(keepOrPart);
    expect(evaluation.answers).toMatchObject({ treatment: 'polite', wantToKeep: 'yes' });
    // 0.8 × 3 + 0.5 × 2 + 1 × 2 of 7.
    expect(evaluation.result.score).toBeCloseTo((100 * 5.4) / 7, 6);
    expect(evaluation.result.option).toBe('keep_as_is');
    const decided = decidedWorksheet(old, evaluation, '2026-06-30', '');
    expect(decided.templateVersion).toBe(2);
  });
});
