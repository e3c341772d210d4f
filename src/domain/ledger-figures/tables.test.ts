import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testId } from '../metrics/test-records';
import { Table } from './tables';

type Row = { id: string; v: number };
const byIdOrder = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('Table', () => {
  it.each([false, true])(
    'finds, lists in id order and counts what a map of the same writes holds (indexed: %s)',
    (indexed) => {
      const op = fc.record({ n: fc.nat(700), v: fc.option(fc.nat(9)), ask: fc.boolean() });
      fc.assert(
        fc.property(fc.array(op, { maxLength: 1_500 }), (ops) => {
          const initial = Array.from({ length: 300 }, (_, n) => ({ id: testId(n * 2), v: 0 }));
          const table = new Table<Row>(initial, indexed);
          const model = new Map(initial.map((r) => [r.id, r]));
          for (const { n, v, ask } of ops) {
            const id = testId(n);
            if (v === null) {
              table.delete(id);
              model.delete(id);
            } else {
              table.set({ id, v });
              model.set(id, { id, v });
            }
            expect(table.get(id)).toEqual(model.get(id));
            // Asked now and then: the changes are merged then, or when they pile up.
            if (ask) expect(table.rows()).toEqual([...model.values()].sort(byIdOrder));
          }
          expect(table.size).toBe(model.size);
          expect(table.rows()).toEqual([...model.values()].sort(byIdOrder));
          expect([...table.ids()]).toEqual([...model.keys()].sort());
          for (let n = 0; n <= 700; n += 1)
            expect(table.get(testId(n))).toEqual(model.get(testId(n)));
        }),
        { numRuns: 40 },
      );
    },
  );

  it('gives the same list until the table changes, and never changes a list it gave', () => {
    const a = { id: testId(1), v: 1 };
    const table = new Table<Row>([a]);
    const first = table.rows();
    expect(table.rows()).toBe(first);
    table.set({ id: testId(2), v: 2 });
    const second = table.rows();
    expect(first).toEqual([a]);
    expect(second).toEqual([a, { id: testId(2), v: 2 }]);
  });
});
