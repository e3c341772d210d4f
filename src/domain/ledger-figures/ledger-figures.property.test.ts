import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Id } from '../records';
import { TEST_OWNER } from '../worksheets/test-ledger';
import { agingFigure } from './figures/aging';
import { goodwillFigure } from './figures/goodwill';
import { homeFigure } from './figures/home';
import { mainCurrencyFigure } from './figures/main-currency';
import { monthlyFlowFigure } from './figures/monthly-flow';
import { needsDecisionFigure } from './figures/needs-decision';
import { slowestPayersFigure } from './figures/slowest-payers';
import { LedgerFigures, type Figure, type RecordChange, type WholeLedger } from './ledger-figures';
import { LEDGER_TABLES, type LedgerRecord, type LedgerTable } from './tables';
import { write, type Write } from './test-arbitraries';

/** The records as plain maps, kept apart from LedgerFigures: what a fresh read would give. */
type Model = Record<LedgerTable, Map<Id, LedgerRecord>>;

function emptyModel(): Model {
  return Object.fromEntries(LEDGER_TABLES.map((t) => [t, new Map()])) as Model;
}

/** The model as the database lists it: by id (the primary key). */
function read(model: Model): WholeLedger {
  const rows = (t: LedgerTable) =>
    [...model[t].values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Object.fromEntries(LEDGER_TABLES.map((t) => [t, rows(t)])) as unknown as WholeLedger;
}

/** Applies a write to the model; returns the change as the state layer would report it. */
function put(model: Model, w: Write): RecordChange {
  const before = model[w.table].get(w.id);
  if (w.record) model[w.table].set(w.id, w.record);
  else model[w.table].delete(w.id);
  // A delete reaches the figures as a tombstone or as nothing, both mean "gone".
  const after =
    w.record ??
    (w.tombstone && before ? { ...before, deletedAt: '2026-09-01T00:00:00.000Z' } : undefined);
  return { table: w.table, before, after } as RecordChange;
}

const DAYS = ['2026-02-10', '2026-05-01', '2026-08-20'] as const;
const asked: [Figure<never[], unknown>, unknown[]][] = (
  [
    ...DAYS.map((d) => [homeFigure, [d]]),
    ...DAYS.map((d) => [agingFigure, [d]]),
    ...DAYS.map((d) => [goodwillFigure, [d]]),
    ...DAYS.flatMap((d) => [
      [monthlyFlowFigure, [d, 'USD']],
      [monthlyFlowFigure, [d, 'EUR']],
      [slowestPayersFigure, [d, 0]],
      [slowestPayersFigure, [d, 5]],
      [needsDecisionFigure, [d, TEST_OWNER]],
      [needsDecisionFigure, [d, { ...TEST_OWNER, lateGraceDays: 0 }]],
    ]),
    [mainCurrencyFigure, ['GBP']],
  ] as [Figure<unknown[], unknown>, unknown[]][]
).map(([f, args]) => [f as unknown as Figure<never[], unknown>, args]);

function expectSame(
  figures: LedgerFigures,
  model: Model,
  name: string,
  which: (i: number) => boolean,
) {
  const ledger = read(model);
  asked.forEach(([figure, args], i) => {
    if (figure.name !== name || !which(i)) return;
    const kept = figures.get(figure, ...(args as never[]));
    expect(kept, `${figure.name} ${JSON.stringify(args)}`).toEqual(
      figure.whole(ledger, ...(args as never[])),
    );
  });
}

const names = [...new Set(asked.map(([figure]) => figure.name))];

describe('LedgerFigures', () => {
  // One property per figure, so each stays within the time a test is given.
  it.each(names)(
    'gives, after every write, what %s gives over a fresh read of the whole ledger',
    (name) => {
      fc.assert(
        fc.property(
          fc.array(write, { minLength: 30, maxLength: 80 }),
          fc.array(fc.array(write, { minLength: 1, maxLength: 3 }), {
            minLength: 1,
            maxLength: 25,
          }),
          fc.array(fc.boolean(), { minLength: asked.length, maxLength: asked.length }),
          (initial, batches, askedEachTime) => {
            const model = emptyModel();
            for (const w of initial) put(model, w);
            // Handed over in no particular order: the figures list records by id whatever they get.
            const start = read(model);
            const figures = new LedgerFigures(
              Object.fromEntries(
                LEDGER_TABLES.map((t) => [t, [...start[t]].reverse()]),
              ) as unknown as WholeLedger,
            );
            expectSame(figures, model, name, () => true);
            for (const batch of batches) {
              figures.apply(batch.map((w) => put(model, w)));
              // Some figures are asked after every write, the others only now and then, so parts
              // kept through several writes are checked too.
              expectSame(figures, model, name, (i) => askedEachTime[i]! || batch.length === 3);
            }
            expectSame(figures, model, name, () => true);
          },
        ),
        { numRuns: 200 },
      );
    },
    120_000,
  );
});
