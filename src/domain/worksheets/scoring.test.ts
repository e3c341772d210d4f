import { describe, expect, it } from 'vitest';
import { curveAt, effectiveAnswers, factorValue, holds, scoreWorksheet } from './scoring';
import { score } from './test-ledger';
import { templateOf, templates } from './registry';
import type { FactorDef } from './types';

describe('curveAt', () => {
  const curve = [
    [0, 1],
    [10, 0],
    [20, -1],
  ] as const;
  it('interpolates between points and holds the end values beyond them', () => {
    expect(curveAt(curve, -5)).toBe(1);
    expect(curveAt(curve, 5)).toBe(0.5);
    expect(curveAt(curve, 15)).toBe(-0.5);
    expect(curveAt(curve, 99)).toBe(-1);
    expect(curveAt(curve, Infinity)).toBe(-1);
  });
});

describe('factorValue', () => {
  const ratio: FactorDef = {
    key: 'stake',
    kind: 'ratio',
    input: [{ fact: 'amount' }],
    per: [{ fact: 'value' }],
    curve: [
      [0, 1],
      [1, -1],
    ],
    weight: 1,
    whenMissing: 0,
    reasons: { for: 'a', against: 'b' },
  };
  it('a ratio over nothing is as bad as the curve goes, unless there is nothing on top either', () => {
    expect(factorValue(ratio, { facts: { amount: 100, value: 0 }, answers: {} }).value).toBe(-1);
    expect(factorValue(ratio, { facts: { amount: 0, value: 0 }, answers: {} }).value).toBe(0);
    expect(factorValue(ratio, { facts: { amount: 50, value: 100 }, answers: {} })).toEqual({
      input: 0.5,
      value: 0,
    });
  });
  it('an unknown input takes the neutral value', () => {
    expect(factorValue(ratio, { facts: { amount: null, value: 10 }, answers: {} }).value).toBe(0);
  });
});

describe('holds', () => {
  it('checks choices and numbers; a missing number never holds', () => {
    const inputs = { facts: { n: 3, s: 'chronic' }, answers: {} };
    expect(holds([{ source: { fact: 's' }, op: 'in', values: ['chronic'] }], inputs)).toBe(true);
    expect(holds([{ source: { fact: 'n' }, op: 'gte', value: 3 }], inputs)).toBe(true);
    expect(holds([{ source: { fact: 'n' }, op: 'gt', value: 3 }], inputs)).toBe(false);
    expect(holds([{ source: { fact: 'missing' }, op: 'lte', value: 3 }], inputs)).toBe(false);
    expect(holds(undefined, inputs)).toBe(true);
  });

  it('compares a ratio of sums; something over nothing is infinite, nothing over nothing never holds', () => {
    const ratio = (facts: Record<string, number | null>, op: 'lte' | 'gte', value: number) =>
      holds(
        [{ ratio: { input: [{ fact: 'a' }], per: [{ fact: 'b' }, { fact: 'c' }] }, op, value }],
        { facts, answers: {} },
      );
    // 30 ÷ (40 + 20) = 0.5
    expect(ratio({ a: 30, b: 40, c: 20 }, 'lte', 0.5)).toBe(true);
    expect(ratio({ a: 31, b: 40, c: 20 }, 'lte', 0.5)).toBe(false);
    expect(ratio({ a: 5, b: 0, c: 0 }, 'lte', 1000)).toBe(false);
    expect(ratio({ a: 5, b: 0, c: 0 }, 'gte', 1000)).toBe(true);
    expect(ratio({ a: 0, b: 0, c: 0 }, 'lte', 1)).toBe(false);
    expect(ratio({ a: 1, b: null, c: 3 }, 'lte', 1)).toBe(false);
  });
});

describe('scoreWorksheet', () => {
  it('the contributions add up to the score and each is its weight share of the verdict', () => {
    const result = score(
      'forgive_or_pursue',
      { amountInDispute: 150000, projectedValue: 600000, lateBefore: 0, tenureMonths: 60 },
      { complaintValid: 'yes' },
    );
    const total = result.factors.reduce((sum, f) => sum + f.contribution, 0);
    expect(result.score).toBeCloseTo(total, 9);
    const weights = result.factors.reduce((sum, f) => sum + f.weight, 0);
    for (const f of result.factors) {
      expect(f.contribution).toBeCloseTo((100 * f.weight * f.value) / weights, 9);
    }
  });

  it('changing a weight moves the result: ignoring the complaint can flip the recommendation', () => {
    const facts = {
      amountInDispute: 150000,
      projectedValue: 200000,
      lateBefore: 0,
      tenureMonths: 36,
    };
    const answers = { complaintValid: 'yes', raisedWhen: 'before_invoice', canAfford: 'no' };
    const asIs = score('forgive_or_pursue', facts, answers);
    const ignoringComplaint = score('forgive_or_pursue', facts, answers, { complaint: 0 });
    expect(ignoringComplaint.score).toBeLessThan(asIs.score);
    expect(ignoringComplaint.factors.find((f) => f.key === 'complaint')?.contribution).toBe(0);
  });

  it('all weights at zero give a neutral score rather than dividing by zero', () => {
    const template = templateOf('keep_or_part');
    const zero = Object.fromEntries(template.factors.map((f) => [f.key, 0]));
    const result = score('keep_or_part', { lateCount12m: 9 }, {}, zero);
    expect(result.score).toBe(0);
    expect(result.factors.every((f) => f.contribution === 0)).toBe(true);
  });

  it('reasons and actions are catalogue keys of the template, with the figures as parameters', () => {
    const result = score(
      'forgive_or_pursue',
      { amountInDispute: 150000, projectedValue: 600000, lateBefore: 0, tenureMonths: 60 },
      { complaintValid: 'yes' },
    );
    for (const r of [...result.reasons, ...result.actions]) {
      expect(r.key).toMatch(/^worksheets\.forgive_or_pursue\.(reason|summary|action)\./);
    }
    expect(result.reasons[0]!.params.amountInDispute).toEqual({ minor: 150000, currency: 'USD' });
    expect(result.reasons[0]!.params.name).toBe('Acme Bakery');
    expect(result.actions.map((a) => a.key)).toContain(
      'worksheets.forgive_or_pursue.action.preventRepeat',
    );
  });

  it('every template is well formed: sorted curves, known sources, a fallback rule', () => {
    for (const template of Object.values(templates)) {
      const keys = new Set([
        ...template.facts.map((f) => f.key),
        ...template.questions.map((q) => q.key),
      ]);
      for (const factor of template.factors) {
        if (factor.kind !== 'choice') {
          const xs = factor.curve.map(([x]) => x);
          expect(xs).toEqual([...xs].sort((a, b) => a - b));
          for (const [, y] of factor.curve) expect(Math.abs(y)).toBeLessThanOrEqual(1);
        }
        const sources = factor.kind === 'ratio' ? [...factor.input, ...factor.per] : [factor.input];
        for (const s of sources) expect(keys.has('fact' in s ? s.fact : s.answer)).toBe(true);
      }
      for (const rule of template.rules) expect(template.options).toContain(rule.option);
      expect(template.rules.at(-1)!.minScore).toBe(-100);
      for (const option of template.options) {
        expect(template.reviewAfterDays[option]).toBeGreaterThan(0);
      }
    }
  });

  it('an unanswered question starts at its initial value, which may come from a fact', () => {
    const template = templateOf('who_pays_whom');
    const facts = { clientYearValue: 500000, clientShareOnRecord: 40, faultOnRecord: null };
    expect(effectiveAnswers(template, facts, {})).toEqual({
      fault: null,
      clientShare: 40,
      clientCost: null,
      lateUnits: 'bill',
      clientWorth: 500000,
    });
    expect(effectiveAnswers(template, facts, { clientWorth: 1 })).toMatchObject({
      clientWorth: 1,
    });
  });

  it('factors that do not apply to this side are left out of the score', () => {
    const template = templateOf('warn_before_slowing');
    const result = scoreWorksheet(
      template,
      { facts: { side: 'i_owe_them' }, answers: {} },
      {},
      { currency: 'USD', labels: {} },
    );
    expect(result.factors.map((f) => f.key).sort()).toEqual(['myPayment', 'terms', 'theirAddress']);
  });
});
