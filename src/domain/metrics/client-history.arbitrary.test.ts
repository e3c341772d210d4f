import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clientHistory,
  historyLedger,
  HISTORY_AS_OF,
  latePayment,
} from './client-history.arbitrary';
import { jobBalances } from './job-balance';

describe('generated client histories', () => {
  it('a payment sent ten days after the due day reads as ten days late', () => {
    const ledger = historyLedger({
      sinceDaysAgo: 400,
      invoices: [latePayment(100, 10)],
      complaints: 0,
      promises: [],
    });
    const balance = [...jobBalances(ledger.jobs, ledger, HISTORY_AS_OF).values()][0]!;
    // Invoiced 2026-08-23, due 30 days later on 2026-09-22, sent 2026-10-02.
    expect(balance.fallsDueOn).toBe('2026-09-22');
    expect(balance.daysLate).toBe(10);
    expect(balance.outstanding).toBe(0);
  });

  it('every generated history builds records the schemas accept, none dated after the reading day', () => {
    fc.assert(
      fc.property(clientHistory, (history) => {
        const ledger = historyLedger(history);
        expect(ledger.jobs).toHaveLength(history.invoices.length);
        for (const p of ledger.payments) expect(p.sentOn <= HISTORY_AS_OF).toBe(true);
        for (const c of ledger.contacts) expect(c.on <= HISTORY_AS_OF).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
