import { describe, expect, it } from 'vitest';
import { needsDecision } from '../../needs-decision';
import { TEST_OWNER } from '../../test-ledger';
import { alwaysOnTime, AS_OF, clientLedger, occasionalResponsive } from './article-cases';

const offered = (ledger: ReturnType<typeof clientLedger>, owner = TEST_OWNER) =>
  needsDecision(ledger, [], AS_OF, owner).situations.filter((s) => s.templateId === 'keep_or_part');

describe('when keep or part ways is offered', () => {
  it('not when nothing was late and nothing is overdue, nor for a slip already put right', () => {
    expect(offered(alwaysOnTime())).toEqual([]);
    expect(offered(occasionalResponsive())).toEqual([]);
  });

  it('a bill past the grace now, after another paid late beyond it, is "overdue again"', () => {
    const ledger = clientLedger([
      { dueOn: '2026-01-10', paidAfter: 20 },
      { dueOn: '2026-03-10', paidAfter: 0 },
      { dueOn: '2026-06-01', paidAfter: null },
    ]);
    expect(offered(ledger)).toEqual([
      expect.objectContaining({
        jobId: null,
        since: '2026-06-01',
        reason: {
          key: 'worksheets.needs.overdueAgain',
          params: { name: 'Acme Bakery', count: 1, days: 29 },
        },
      }),
    ]);
  });

  it('not while the bill overdue now is still within the grace, nor when the earlier one was late only within it', () => {
    const withinGrace = clientLedger([
      { dueOn: '2026-01-10', paidAfter: 20 },
      { dueOn: '2026-06-27', paidAfter: null },
    ]);
    expect(offered(withinGrace)).toEqual([]);
    const slightlyLateBefore = clientLedger([
      { dueOn: '2026-01-10', paidAfter: 4 },
      { dueOn: '2026-06-01', paidAfter: null },
    ]);
    expect(offered(slightlyLateBefore)).toEqual([]);
    // With a longer grace the earlier 20 days are not late either.
    const ledger = clientLedger([
      { dueOn: '2026-01-10', paidAfter: 20 },
      { dueOn: '2026-06-01', paidAfter: null },
    ]);
    expect(offered(ledger)).toHaveLength(1);
    expect(offered(ledger, { ...TEST_OWNER, lateGraceDays: 25 })).toEqual([]);
  });
});
