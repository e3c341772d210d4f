/**
 * The rules that must hold over the whole range of inputs, not only typical ones: checked with
 * fast-check over random facts, answers and weights.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorksheetTemplateId } from '../records';
import { optionRank } from './scoring';
import { settleJob } from './templates/who-pays-whom/settlement';
import { netPositions } from './settlement';
import { score } from './test-ledger';
import { templateOf, templates } from './registry';
import type { ScalarMap, TemplateDef } from './types';

const count = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(null));
const money = fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), fc.constant(null));
const days = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(null));

/** Random values for every fact and question of a template, each of its own kind. */
function valuesFor(template: TemplateDef, which: 'facts' | 'questions'): fc.Arbitrary<ScalarMap> {
  const defs = which === 'facts' ? template.facts : template.questions;
  const entries = defs.map((def) => {
    const arb: fc.Arbitrary<ScalarMap[string]> =
      def.kind === 'choice'
        ? fc.oneof(fc.constantFrom(...(def.choices ?? [])), fc.constant(null))
        : def.kind === 'money'
          ? money
          : def.kind === 'ratio'
            ? fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null))
            : def.kind === 'percent'
              ? fc.integer({ min: 0, max: 100 })
              : def.kind === 'day'
                ? fc.constantFrom('2025-01-01', '2026-06-01', null)
                : def.kind === 'days'
                  ? days
                  : count;
    return [def.key, arb] as const;
  });
  return fc.record(Object.fromEntries(entries));
}

function weightsFor(template: TemplateDef) {
  return fc.record(
    Object.fromEntries(template.factors.map((f) => [f.key, fc.integer({ min: 0, max: 10 })])),
  );
}

function rank(id: WorksheetTemplateId, facts: ScalarMap, answers: ScalarMap, weights = {}) {
  return optionRank(templateOf(id), score(id, facts, answers, weights).option);
}

const runs = { numRuns: 300 };
const keep = templateOf('keep_or_part');
const forgive = templateOf('forgive_or_pursue');
const whoPays = templateOf('who_pays_whom');
const warn = templateOf('warn_before_slowing');

describe('monotonic rules', () => {
  it('more late bills in the window never make "keep" more likely', () => {
    fc.assert(
      fc.property(
        valuesFor(keep, 'facts'),
        valuesFor(keep, 'questions'),
        weightsFor(keep),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        (facts, answers, weights, late, more) => {
          const bills = Math.max(Number(facts.invoicesInWindow ?? 0), late + more);
          const at = (n: number) => ({ ...facts, invoicesInWindow: bills, lateInvoices: n });
          const fewer = rank('keep_or_part', at(late), answers, weights);
          const worse = rank('keep_or_part', at(late + more), answers, weights);
          expect(worse).toBeLessThanOrEqual(fewer);
        },
      ),
      runs,
    );
  });

  it('paying later beyond the grace, typically or at worst, never makes "keep" more likely either', () => {
    fc.assert(
      fc.property(
        valuesFor(keep, 'facts'),
        valuesFor(keep, 'questions'),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 1, max: 90 }),
        fc.constantFrom('typicalDaysBeyondGrace', 'worstDaysBeyondGrace'),
        (facts, answers, d, more, key) => {
          const a = rank('keep_or_part', { ...facts, [key]: d }, answers);
          const b = rank('keep_or_part', { ...facts, [key]: d + more }, answers);
          expect(b).toBeLessThanOrEqual(a);
        },
      ),
      runs,
    );
  });

  it('a larger relationship value never makes "forgive" less likely', () => {
    fc.assert(
      fc.property(
        valuesFor(forgive, 'facts'),
        valuesFor(forgive, 'questions'),
        weightsFor(forgive),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        (facts, answers, weights, value, more) => {
          const less = rank(
            'forgive_or_pursue',
            { ...facts, ownValueNextYear: value },
            answers,
            weights,
          );
          const bigger = rank(
            'forgive_or_pursue',
            { ...facts, ownValueNextYear: value + more },
            answers,
            weights,
          );
          expect(bigger).toBeGreaterThanOrEqual(less);
        },
      ),
      runs,
    );
  });

  it('more late or missed payments before never make "forgive" more likely', () => {
    fc.assert(
      fc.property(
        valuesFor(forgive, 'facts'),
        valuesFor(forgive, 'questions'),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (facts, answers, late, more) => {
          const a = rank('forgive_or_pursue', { ...facts, billsLateInWindow: late }, answers);
          const b = rank(
            'forgive_or_pursue',
            { ...facts, billsLateInWindow: late + more },
            answers,
          );
          expect(b).toBeLessThanOrEqual(a);
        },
      ),
      runs,
    );
  });

  it('a larger amount at stake never makes "forgive" more likely', () => {
    fc.assert(
      fc.property(
        valuesFor(forgive, 'facts'),
        valuesFor(forgive, 'questions'),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (facts, answers, amount, more) => {
          // Something owed (nothing owed is no decision at all); the likely recovery grows with it.
          const at = (n: number) => ({ ...facts, amountInDispute: n, likelyRecovery: n });
          const a = rank('forgive_or_pursue', at(amount), answers);
          const b = rank('forgive_or_pursue', at(amount + more), answers);
          expect(b).toBeLessThanOrEqual(a);
        },
      ),
      runs,
    );
  });

  it('a client worth more never gets a less generous settlement', () => {
    fc.assert(
      fc.property(
        valuesFor(whoPays, 'facts'),
        valuesFor(whoPays, 'questions'),
        weightsFor(whoPays),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        (facts, answers, weights, worth, more) => {
          const a = rank('who_pays_whom', facts, { ...answers, clientWorth: worth }, weights);
          const b = rank(
            'who_pays_whom',
            facts,
            { ...answers, clientWorth: worth + more },
            weights,
          );
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
      runs,
    );
  });

  it('a payment longer overdue never gets a softer step', () => {
    fc.assert(
      fc.property(
        valuesFor(warn, 'facts'),
        valuesFor(warn, 'questions'),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        (facts, answers, d, more) => {
          const base = { ...facts, side: 'they_owe_me' };
          const a = rank('warn_before_slowing', { ...base, unpaidDaysBeyondGrace: d }, answers);
          const b = rank(
            'warn_before_slowing',
            { ...base, unpaidDaysBeyondGrace: d + more },
            answers,
          );
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
      runs,
    );
  });

  it('slowing down is never advised before a warning has been sent', () => {
    fc.assert(
      fc.property(
        valuesFor(warn, 'facts'),
        valuesFor(warn, 'questions'),
        weightsFor(warn),
        (facts, answers, weights) => {
          const result = score(
            'warn_before_slowing',
            { ...facts, warningsSinceDue: 0 },
            answers,
            weights,
          );
          expect(result.option).not.toBe('slow_down');
        },
      ),
      runs,
    );
  });
});

describe('every template, any inputs', () => {
  for (const template of Object.values(templates)) {
    it(`${template.id}: a score within ±100 made of its contributions, and one of its options`, () => {
      fc.assert(
        fc.property(
          valuesFor(template, 'facts'),
          valuesFor(template, 'questions'),
          weightsFor(template),
          (facts, answers, weights) => {
            const result = score(template.id, facts, answers, weights);
            expect(Math.abs(result.score)).toBeLessThanOrEqual(100);
            const total = result.factors.reduce((s, f) => s + f.contribution, 0);
            expect(result.score).toBeCloseTo(Math.max(-100, Math.min(100, total)), 6);
            expect(template.options).toContain(result.option);
            for (const f of result.factors) expect(Math.abs(f.value)).toBeLessThanOrEqual(1);
          },
        ),
        { numRuns: 200 },
      );
    });
  }
});

describe('the settlement of a job gone wrong', () => {
  it('its transfers settle exactly what the obligations say, in at most two', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...whoPays.options),
        valuesFor(whoPays, 'facts'),
        valuesFor(whoPays, 'questions'),
        fc.boolean(),
        (option, facts, answers, hasSub) => {
          const s = settleJob(option, facts, answers, hasSub);
          expect(s.transfers.length).toBeLessThanOrEqual(2);
          const net = netPositions(s.transfers);
          expect(net.get('client') ?? 0).toBe(s.payClient - s.clientOwes);
          expect(net.get('subcontractor') ?? 0).toBe(s.subcontractorOwed - s.chargeBack);
          expect(s.forfeit + s.chargeBack).toBe(s.subcontractorBears);
          expect(s.netCost).toBe(s.costOfGoodwill - s.subcontractorBears);
          for (const v of [s.credit, s.payClient, s.clientOwes, s.forfeit, s.chargeBack]) {
            expect(v).toBeGreaterThanOrEqual(0);
          }
          if (!hasSub) expect(net.has('subcontractor')).toBe(false);
        },
      ),
      runs,
    );
  });
});
