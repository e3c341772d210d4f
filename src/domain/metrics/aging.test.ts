import { describe, expect, it } from 'vitest';
import { agingBuckets, bucketFor, receivablesAging } from './aging';
import {
  CLIENT_ID,
  DELETED,
  OTHER_CLIENT_ID,
  makeDispute,
  makeJob,
  makePayment,
  makeWriteOff,
  moneyOf,
} from './test-records';

describe('bucketFor', () => {
  it('puts each edge day in the right bucket', () => {
    expect(bucketFor(-3)).toBe('current');
    expect(bucketFor(0)).toBe('current');
    expect(bucketFor(1)).toBe('d1_30');
    expect(bucketFor(30)).toBe('d1_30');
    expect(bucketFor(31)).toBe('d31_60');
    expect(bucketFor(60)).toBe('d31_60');
    expect(bucketFor(61)).toBe('d61_90');
    expect(bucketFor(90)).toBe('d61_90');
    expect(bucketFor(91)).toBe('d90_plus');
  });

  it('lists the buckets from current to oldest', () => {
    expect(agingBuckets).toEqual(['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus']);
  });
});

describe('receivablesAging', () => {
  it('a job due 1 January and never paid is 73 days overdue on 15 March, in 61–90', () => {
    const job = makeJob({ dueOn: '2026-01-01', amount: 100000 });
    const aging = receivablesAging([job], moneyOf([]), '2026-03-15');
    expect(aging.rows).toEqual([
      {
        jobId: job.id,
        clientId: CLIENT_ID,
        currency: 'USD',
        outstanding: 100000,
        inDispute: 0,
        dueOn: '2026-01-01',
        daysOverdue: 73,
        bucket: 'd61_90',
      },
    ]);
    expect(aging.totals.d61_90).toEqual({ USD: 100000 });
  });

  it('groups what is owed by bucket, client and currency, oldest first', () => {
    const unpaid = makeJob({ dueOn: '2026-01-01', amount: 100000 });
    const partPaid = makeJob({ dueOn: '2026-03-20', amount: 50000 });
    const euro = makeJob({ dueOn: '2026-02-13', amount: 40000, currency: 'EUR' });
    const old = makeJob({
      clientId: OTHER_CLIENT_ID,
      orderedOn: '2025-11-01',
      dueOn: '2025-12-01',
      amount: 80000,
    });
    const paid = makeJob({ clientId: OTHER_CLIENT_ID, dueOn: '2026-01-15', amount: 10000 });
    const writtenOff = makeJob({ clientId: OTHER_CLIENT_ID, dueOn: '2026-01-01', amount: 5000 });
    const payments = [
      makePayment('2026-03-01', [{ job: partPaid, amount: 20000 }]),
      makePayment('2026-01-10', [{ job: paid, amount: 10000 }], { partyId: OTHER_CLIENT_ID }),
      // Deleted, so the unpaid job stays unpaid.
      makePayment('2026-01-05', [{ job: unpaid, amount: 100000 }], { deletedAt: DELETED }),
    ];
    const jobs = [unpaid, partPaid, euro, old, paid, writtenOff];
    const writeOffs = [makeWriteOff('2026-02-01', writtenOff, 5000)];
    const aging = receivablesAging(jobs, moneyOf(payments, { writeOffs }), '2026-03-15');

    // 104 days: 31 + 31 + 28 + 14; 73 as above; 30 days from 13 February; not yet due.
    expect(aging.rows.map((r) => [r.jobId, r.outstanding, r.daysOverdue, r.bucket])).toEqual([
      [old.id, 80000, 104, 'd90_plus'],
      [unpaid.id, 100000, 73, 'd61_90'],
      [euro.id, 40000, 30, 'd1_30'],
      [partPaid.id, 30000, 0, 'current'],
    ]);
    expect(aging.totals).toEqual({
      current: { USD: 30000 },
      d1_30: { EUR: 40000 },
      d31_60: {},
      d61_90: { USD: 100000 },
      d90_plus: { USD: 80000 },
    });
    expect(aging.byClient.get(CLIENT_ID)).toEqual({
      buckets: {
        current: { USD: 30000 },
        d1_30: { EUR: 40000 },
        d31_60: {},
        d61_90: { USD: 100000 },
        d90_plus: {},
      },
      outstanding: { USD: 130000, EUR: 40000 },
      inDispute: {},
      oldestDaysOverdue: 73,
    });
    expect(aging.byClient.get(OTHER_CLIENT_ID)).toEqual({
      buckets: { current: {}, d1_30: {}, d31_60: {}, d61_90: {}, d90_plus: { USD: 80000 } },
      outstanding: { USD: 80000 },
      inDispute: {},
      oldestDaysOverdue: 104,
    });
  });

  it('as of a past date, shows what was owed then: later payments and later bills left out', () => {
    // Due 9 February (30 days after 10 January), paid 1 March.
    const january = makeJob({ invoicedOn: '2026-01-10', termsNetDays: 30, amount: 100000 });
    // Invoiced 5 March, so due 4 April.
    const march = makeJob({ invoicedOn: '2026-03-05', termsNetDays: 30, amount: 60000 });
    const payments = [makePayment('2026-03-01', [{ job: january, amount: 100000 }])];
    const jobs = [january, march];

    const then = receivablesAging(jobs, moneyOf(payments), '2026-02-20');
    expect(then.rows).toEqual([
      {
        jobId: january.id,
        clientId: CLIENT_ID,
        currency: 'USD',
        outstanding: 100000,
        inDispute: 0,
        dueOn: '2026-02-09',
        daysOverdue: 11,
        bucket: 'd1_30',
      },
    ]);
    expect(then.totals.d1_30).toEqual({ USD: 100000 });

    const now = receivablesAging(jobs, moneyOf(payments), '2026-03-15');
    expect(now.rows.map((r) => [r.jobId, r.dueOn, r.daysOverdue, r.bucket])).toEqual([
      [march.id, '2026-04-04', 0, 'current'],
    ]);
    expect(now.totals.d1_30).toEqual({});
  });

  it('a cheque in the mail leaves the job in its bucket', () => {
    const job = makeJob({ dueOn: '2026-02-01', amount: 100000 });
    const payments = [makePayment('2026-03-10', [{ job, amount: 100000 }], { receivedOn: null })];
    const aging = receivablesAging([job], moneyOf(payments), '2026-03-15');
    expect(aging.rows.map((r) => [r.outstanding, r.daysOverdue, r.bucket])).toEqual([
      [100000, 42, 'd31_60'],
    ]);
  });

  it('money in dispute stays in its bucket and is also reported apart', () => {
    const job = makeJob({ dueOn: '2026-02-01', amount: 150000 });
    const settled = makeJob({ dueOn: '2026-02-01', amount: 30000 });
    const payments = [
      makePayment('2026-02-20', [{ job, amount: 50000 }]),
      makePayment('2026-01-20', [{ job: settled, amount: 30000 }]),
    ];
    // 1500.00 − 500.00 paid = 1000.00 owed, 42 days late on 15 March; 400.00 of it questioned.
    // A resolved dispute and one on a job paid in full question nothing.
    const disputes = [
      makeDispute('2026-02-25', job, 40000),
      makeDispute('2026-02-02', job, 20000, { resolvedOn: '2026-02-10', resolution: 'withdrawn' }),
      makeDispute('2026-02-02', settled, 10000),
    ];
    const aging = receivablesAging([job, settled], moneyOf(payments, { disputes }), '2026-03-15');
    expect(aging.rows.map((r) => [r.outstanding, r.inDispute, r.bucket])).toEqual([
      [100000, 40000, 'd31_60'],
    ]);
    expect(aging.totals.d31_60).toEqual({ USD: 100000 });
    expect(aging.disputed).toEqual({
      current: {},
      d1_30: {},
      d31_60: { USD: 40000 },
      d61_90: {},
      d90_plus: {},
    });
    expect(aging.byClient.get(CLIENT_ID)?.inDispute).toEqual({ USD: 40000 });
  });

  it('nothing owed gives no rows, empty buckets and no clients', () => {
    const aging = receivablesAging([], moneyOf([]), '2026-03-15');
    expect(aging.rows).toEqual([]);
    expect(aging.totals).toEqual({ current: {}, d1_30: {}, d31_60: {}, d61_90: {}, d90_plus: {} });
    expect(aging.byClient.size).toBe(0);
  });
});
