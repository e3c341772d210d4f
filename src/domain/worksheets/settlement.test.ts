import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netPositions, netTransfers, type Transfer } from './settlement';

const parties = ['me', 'client', 'sub', 'other', 'fifth'] as const;

const obligation = fc.record({
  from: fc.constantFrom(...parties),
  to: fc.constantFrom(...parties),
  amount: fc.integer({ min: 0, max: 10_000_000 }),
});

function positions(transfers: readonly Transfer[]): Record<string, number> {
  return Object.fromEntries([...netPositions(transfers)].filter(([, v]) => v !== 0).sort());
}

describe('netTransfers', () => {
  it('nets a chain into one transfer', () => {
    expect(
      netTransfers([
        { from: 'client', to: 'me', amount: 100 },
        { from: 'me', to: 'sub', amount: 100 },
      ]),
    ).toEqual([{ from: 'client', to: 'sub', amount: 100 }]);
  });

  it('through a hub, each other party settles with the hub once', () => {
    expect(
      netTransfers(
        [
          { from: 'client', to: 'me', amount: 100 },
          { from: 'me', to: 'client', amount: 30 },
          { from: 'me', to: 'sub', amount: 100 },
        ],
        'me',
      ),
    ).toEqual([
      { from: 'me', to: 'sub', amount: 100 },
      { from: 'client', to: 'me', amount: 70 },
    ]);
  });

  it('nothing owed needs no transfer', () => {
    expect(netTransfers([{ from: 'me', to: 'me', amount: 5 }])).toEqual([]);
    expect(
      netTransfers([
        { from: 'a', to: 'b', amount: 5 },
        { from: 'b', to: 'a', amount: 5 },
      ]),
    ).toEqual([]);
  });

  it('conserves money and needs at most parties-1 positive transfers (property)', () => {
    fc.assert(
      fc.property(fc.array(obligation, { maxLength: 30 }), fc.boolean(), (obligations, viaHub) => {
        const transfers = netTransfers(obligations, viaHub ? 'me' : undefined);
        expect(positions(transfers)).toEqual(positions(obligations));
        const involved = new Set(
          obligations.filter((o) => o.amount > 0 && o.from !== o.to).flatMap((o) => [o.from, o.to]),
        );
        // The hub takes part in every transfer, so it counts among the parties.
        if (viaHub && involved.size > 0) involved.add('me');
        expect(transfers.length).toBeLessThanOrEqual(Math.max(0, involved.size - 1));
        for (const t of transfers) {
          expect(t.amount).toBeGreaterThan(0);
          expect(Number.isInteger(t.amount)).toBe(true);
          expect(t.from).not.toBe(t.to);
        }
      }),
    );
  });
});
