import { describe, expect, it } from 'vitest';
import { worksheetInputSchema } from '../records';
import { decidedWorksheet } from './decide';
import { evaluateWorksheet } from './evaluate';
import { templateOf } from './registry';
import { draft } from './test-ledger';

describe('decidedWorksheet', () => {
  const derived = {
    values: { tenureMonths: 30, lateCount12m: 1, averageDaysLate: 3, outstanding: 20000 },
    sources: {},
    labels: { name: 'Acme Bakery' },
  };

  it('freezes the facts, keeps what the records said where the owner changed one, and sets the follow-up', () => {
    const ws = draft('keep_or_part', {
      factOverrides: { lateCount12m: 0 },
      answers: { wantToKeep: 'yes' },
      decision: { option: 'keep_changed_terms', decidedOn: null, note: 'Trying once more' },
    });
    const evaluation = evaluateWorksheet(ws, derived);
    const decided = decidedWorksheet(ws, evaluation, '2026-06-30', 'Hello');
    expect(worksheetInputSchema.safeParse(decided).success).toBe(true);
    expect(decided).toMatchObject({
      status: 'decided',
      step: 'follow_up',
      decision: { option: 'keep_changed_terms', decidedOn: '2026-06-30', note: 'Trying once more' },
      followUp: { message: 'Hello', reviewOn: '2026-08-29' },
    });
    expect(decided.snapshot).toEqual({
      asOf: '2026-06-30',
      facts: { ...derived.values, lateCount12m: 0 },
      recordFacts: { lateCount12m: 1 },
      labels: { name: 'Acme Bakery' },
    });
    expect(decided.result?.option).toBe(evaluation.result.option);
  });

  it('a draft begun under any version is decided under the template as it is now', () => {
    const ws = draft('keep_or_part', { templateVersion: 1 });
    const decided = decidedWorksheet(ws, evaluateWorksheet(ws, derived), '2026-06-30', '');
    expect(decided.templateVersion).toBe(templateOf('keep_or_part').version);
  });

  it('read back a year later, the frozen worksheet shows the same facts whatever the records say now', () => {
    const ws = draft('keep_or_part', { factOverrides: { lateCount12m: 0 } });
    const decided = decidedWorksheet(ws, evaluateWorksheet(ws, derived), '2026-06-30', '');
    const later = evaluateWorksheet(decided, {
      values: { tenureMonths: 42, lateCount12m: 6 },
      sources: {},
      labels: { name: 'Renamed' },
    });
    expect(later.facts.lateCount12m).toBe(0);
    expect(later.recordFacts.lateCount12m).toBe(1);
    expect(later.labels.name).toBe('Acme Bakery');
    expect(later.result).toEqual(decided.result);
  });

  it('a warning gets its deadline, a week out unless the owner set one', () => {
    const ws = draft('warn_before_slowing', {
      decision: { option: 'warn', decidedOn: null, note: '' },
    });
    const decided = decidedWorksheet(
      ws,
      evaluateWorksheet(ws, { values: { side: 'they_owe_me' }, sources: {}, labels: {} }),
      '2026-06-30',
      '',
    );
    expect(decided.followUp).toMatchObject({ deadline: '2026-07-07', reviewOn: '2026-07-07' });
  });
});
