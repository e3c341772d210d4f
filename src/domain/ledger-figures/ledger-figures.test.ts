import { describe, expect, it } from 'vitest';
import { makeJob, makeParty, makePayment, testId } from '../metrics/test-records';
import { ledger, TEST_OWNER } from '../worksheets/test-ledger';
import { homeFigure } from './figures/home';
import { needsDecisionFigure } from './figures/needs-decision';
import { LedgerFigures, type WholeLedger } from './ledger-figures';

const ASOF = '2026-03-01';

/** The worksheets' tests' empty ledger, with the worksheets the figures read as well. */
function ledgerOf(parts: Partial<WholeLedger>): WholeLedger {
  return { ...ledger(parts), worksheets: parts.worksheets ?? [] };
}

// Two clients of the same name, each owing one bill due the same day: alike in all but their ids.
const first = makeParty({ id: testId(1), name: 'Ann' });
const second = makeParty({ id: testId(2), name: 'Ann' });
const firstBill = makeJob({ id: testId(300), clientId: first.id });
const secondBill = makeJob({ id: testId(100), clientId: second.id });

describe('LedgerFigures', () => {
  it('lists records by id, as a fresh read does, whatever order it was given them in', () => {
    const [a, b, c] = [10, 15, 20].map((n) => makeParty({ id: testId(n), name: 'Bob' }));
    const figures = new LedgerFigures(ledgerOf({ parties: [c!, a!] }));
    expect(figures.ledger().parties).toEqual([a, c]);
    figures.apply([{ table: 'parties', before: undefined, after: b }]);
    expect(figures.ledger().parties).toEqual([a, b, c]);
  });

  it('answers a live record by id, and lists the ids of a table, as the writes leave them', () => {
    const figures = new LedgerFigures(ledgerOf({ parties: [first], jobs: [firstBill] }));
    expect(figures.record('jobs', firstBill.id)).toBe(firstBill);
    const renamed = { ...first, name: 'Annie' };
    figures.apply([
      { table: 'parties', before: first, after: renamed },
      { table: 'parties', before: undefined, after: second },
      {
        table: 'jobs',
        before: firstBill,
        after: { ...firstBill, deletedAt: '2026-02-01T00:00:00.000Z' },
      },
    ]);
    expect(figures.record('parties', first.id)).toBe(renamed);
    expect(figures.record('jobs', firstBill.id)).toBeUndefined();
    expect(new Set(figures.ids('parties'))).toEqual(new Set([first.id, second.id]));
    expect([...figures.ids('jobs')]).toEqual([]);
  });

  it('lists debtors alike in days overdue and name by their oldest bill, as Home does', () => {
    const records = ledgerOf({ parties: [first, second], jobs: [firstBill, secondBill] });
    const figures = new LedgerFigures(records);
    // The second client's bill sorts first (by its id), so the second client heads the list.
    const debtors = figures.get(homeFigure, ASOF).debtors.map((d) => d.clientId);
    expect(debtors).toEqual([second.id, first.id]);
    expect(figures.get(homeFigure, ASOF)).toEqual(homeFigure.whole(records, ASOF));
  });

  it('lists situations found the same day by client for a template that looks at each client', () => {
    const open = (id: number, clientId: string) =>
      makeJob({ id: testId(id), clientId, status: 'open' });
    const records = ledgerOf({
      parties: [first, second],
      jobs: [firstBill, secondBill, open(400, first.id), open(401, second.id)],
    });
    const figures = new LedgerFigures(records);
    const found = figures.get(needsDecisionFigure, ASOF, TEST_OWNER).situations;
    expect(found.map((s) => [s.templateId, s.partyId])).toEqual([
      ['warn_before_slowing', first.id],
      ['warn_before_slowing', second.id],
    ]);
    expect(found).toEqual(needsDecisionFigure.whole(records, ASOF, TEST_OWNER).situations);
  });

  it('follows a payment from one client toward another client’s bill into that client’s figures', () => {
    const figures = new LedgerFigures(
      ledgerOf({ parties: [first, second], jobs: [firstBill, secondBill] }),
    );
    expect(figures.get(homeFigure, ASOF).owed).toEqual({ USD: 200000 });
    const payment = makePayment(ASOF, [{ job: secondBill, amount: 100000 }], {
      partyId: first.id,
    });
    figures.apply([{ table: 'payments', before: undefined, after: payment }]);
    const home = figures.get(homeFigure, ASOF);
    expect(home.owed).toEqual({ USD: 100000 });
    expect(home.debtors.map((d) => d.clientId)).toEqual([first.id]);
  });

  it('drops a record deleted as a tombstone, and brings it back when revived', () => {
    const figures = new LedgerFigures(ledgerOf({ parties: [first], jobs: [firstBill] }));
    const gone = { ...firstBill, deletedAt: '2026-02-01T00:00:00.000Z' };
    figures.apply([{ table: 'jobs', before: firstBill, after: gone }]);
    expect(figures.get(homeFigure, ASOF).owed).toEqual({});
    figures.apply([{ table: 'jobs', before: undefined, after: firstBill }]);
    expect(figures.get(homeFigure, ASOF).owed).toEqual({ USD: 100000 });
    expect(figures.version).toBe(2);
  });
});
