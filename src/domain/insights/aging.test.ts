import { describe, expect, it } from 'vitest';
import {
  CLIENT_ID,
  OTHER_CLIENT_ID,
  makeJob,
  makeParty,
  makeDispute,
  makePayment,
  moneyOf,
} from '../metrics/test-records';
import { agingSnapshot } from './aging';

const acme = makeParty();
const bolt = makeParty({ id: OTHER_CLIENT_ID, name: 'Bolt Garage' });

describe('agingSnapshot', () => {
  // A client with one job: 1,000.00 due 1 January, paid in full on 1 February.
  const job = makeJob({ dueOn: '2026-01-01', amount: 100000 });
  const paid = makePayment('2026-02-01', [{ job, amount: 100000 }]);

  it('as of a day before the payment, the job was 19 days late and the client behind 1–30', () => {
    const aging = agingSnapshot([acme], [job], moneyOf([paid]), '2026-01-20');
    const bucket = aging.buckets.find((b) => b.bucket === 'd1_30')!;
    expect(bucket.amount).toEqual({ USD: 100000 });
    expect(bucket.clients).toEqual([
      {
        clientId: CLIENT_ID,
        name: 'Acme Bakery',
        amount: { USD: 100000 },
        inDispute: {},
        jobCount: 1,
        oldestDaysOverdue: 19,
      },
    ]);
    expect(aging.owed).toEqual({ USD: 100000 });
    expect(aging.overdue).toEqual({ USD: 100000 });
    expect(aging.currencies).toEqual(['USD']);
  });

  it('as of today, once paid, nothing is owed in any bucket', () => {
    const aging = agingSnapshot([acme], [job], moneyOf([paid]), '2026-03-15');
    expect(aging.buckets.map((b) => b.clients.length)).toEqual([0, 0, 0, 0, 0]);
    expect(aging.owed).toEqual({});
    expect(aging.currencies).toEqual([]);
  });

  it('puts each client in every bucket they owe in, biggest debt first', () => {
    const old = makeJob({ orderedOn: '2025-10-01', dueOn: '2025-11-01', amount: 30000 });
    const recent = makeJob({ orderedOn: '2026-02-01', dueOn: '2026-03-01', amount: 20000 });
    const boltOld = makeJob({
      clientId: OTHER_CLIENT_ID,
      orderedOn: '2025-10-01',
      dueOn: '2025-11-10',
      amount: 90000,
    });
    const notDue = makeJob({ dueOn: '2026-04-01', amount: 5000 });
    // 25,000 of Bolt's 90,000 is paid: 65,000 still owed.
    const part = makePayment('2026-01-05', [{ job: boltOld, amount: 25000 }], {
      partyId: OTHER_CLIENT_ID,
    });
    const aging = agingSnapshot(
      [acme, bolt],
      [old, recent, boltOld, notDue],
      moneyOf([part]),
      '2026-03-15',
    );
    const by = Object.fromEntries(aging.buckets.map((b) => [b.bucket, b]));
    expect(by.current!.amount).toEqual({ USD: 5000 });
    expect(by.d1_30!.clients.map((c) => c.name)).toEqual(['Acme Bakery']);
    expect(by.d90_plus!.clients.map((c) => [c.name, c.amount.USD])).toEqual([
      ['Bolt Garage', 65000],
      ['Acme Bakery', 30000],
    ]);
    expect(by.d90_plus!.jobCount).toBe(2);
    expect(aging.owed).toEqual({ USD: 120000 });
    expect(aging.overdue).toEqual({ USD: 115000 });
  });

  it('money in dispute stays in its bucket and is shown apart, for the bucket and the client', () => {
    // 1,000.00 due 1 January, 300.00 of it questioned since 10 January: all of it 1–30 days late
    // on 20 January, 300.00 of that in dispute.
    const disputes = [makeDispute('2026-01-10', job, 30000)];
    const aging = agingSnapshot([acme], [job], moneyOf([], { disputes }), '2026-01-20');
    const bucket = aging.buckets.find((b) => b.bucket === 'd1_30')!;
    expect(bucket.amount).toEqual({ USD: 100000 });
    expect(bucket.inDispute).toEqual({ USD: 30000 });
    expect(bucket.clients[0]!.inDispute).toEqual({ USD: 30000 });
    expect(aging.owed).toEqual({ USD: 100000 });
    expect(aging.inDispute).toEqual({ USD: 30000 });
  });

  it('keeps a deleted client’s debt, with no name for the screen to show', () => {
    const aging = agingSnapshot([], [job], moneyOf(), '2026-01-20');
    expect(aging.buckets[1]!.clients[0]!.name).toBe('');
  });
});
