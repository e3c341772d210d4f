import { describe, expect, it } from 'vitest';
import { makeJob, makePayment, makeWriteOff, moneyOf } from '../metrics/test-records';
import { flowTotals, monthlyFlow } from './monthly';
import { lastDayOf, monthsEnding } from './months';

describe('months', () => {
  it('the twelve months up to 15 March 2026 run from April 2025 to March 2026', () => {
    const months = monthsEnding('2026-03-15', 12);
    expect(months[0]).toBe('2025-04');
    expect(months[11]).toBe('2026-03');
    expect(months).toHaveLength(12);
  });

  it('knows the last day of February in a leap year and not', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
  });
});

describe('monthlyFlow', () => {
  // Billed 20 January (1,000.00 on 30 days); 400.00 arrives 30 January and 600.00 on 10 February.
  const split = makeJob({ orderedOn: '2026-01-10', invoicedOn: '2026-01-20', amount: 100000 });
  // Billed 5 December (500.00), paid in full 20 December: 15 days to pay.
  const december = makeJob({ orderedOn: '2025-12-01', invoicedOn: '2025-12-05', amount: 50000 });
  const payments = [
    makePayment('2026-01-30', [{ job: split, amount: 40000 }]),
    makePayment('2026-02-10', [{ job: split, amount: 60000 }]),
    makePayment('2025-12-20', [{ job: december, amount: 50000 }]),
  ];
  const flow = monthlyFlow([split, december], moneyOf(payments), '2026-03-15', 'USD');
  const month = (m: string) => flow.find((row) => row.month === m)!;

  it('a partial payment across a month boundary counts in each month it arrived', () => {
    expect(month('2026-01')).toMatchObject({ billed: 100000, received: 40000 });
    expect(month('2026-02')).toMatchObject({ billed: 0, received: 60000 });
  });

  it('the job counts toward days to pay in the month it was paid in full', () => {
    expect(month('2026-01')).toMatchObject({ settledCount: 0, averageDaysToPay: null });
    expect(month('2026-02')).toMatchObject({ settledCount: 1, averageDaysToPay: 21 });
    expect(month('2025-12')).toMatchObject({
      billed: 50000,
      received: 50000,
      settledCount: 1,
      averageDaysToPay: 15,
    });
  });

  it('a month with no payments shows nothing received and no average, not zero days', () => {
    expect(month('2025-11')).toEqual({
      month: '2025-11',
      from: '2025-11-01',
      to: '2025-11-30',
      billed: 0,
      received: 0,
      settledCount: 0,
      averageDaysToPay: null,
    });
  });

  it('the running month ends on the day asked about', () => {
    expect(month('2026-03')).toMatchObject({ from: '2026-03-01', to: '2026-03-15' });
  });

  it('averages the days to pay of every job settled in a month', () => {
    const a = makeJob({ orderedOn: '2025-10-01', invoicedOn: '2025-10-01', amount: 10000 });
    const b = makeJob({ orderedOn: '2025-10-11', invoicedOn: '2025-10-11', amount: 10000 });
    const flow = monthlyFlow(
      [a, b],
      moneyOf([
        makePayment('2025-10-31', [
          { job: a, amount: 10000 },
          { job: b, amount: 10000 },
        ]),
      ]),
      '2026-03-15',
      'USD',
    );
    // 30 and 20 days.
    expect(flow.find((r) => r.month === '2025-10')).toMatchObject({
      received: 20000,
      settledCount: 2,
      averageDaysToPay: 25,
    });
  });

  it('leaves out other currencies, money only on its way, refunds, later days and older months', () => {
    const euro = makeJob({ invoicedOn: '2026-01-05', amount: 7000, currency: 'EUR' });
    const old = makeJob({ orderedOn: '2025-03-01', invoicedOn: '2025-03-31', amount: 9900 });
    const open = makeJob({ orderedOn: '2026-02-01', status: 'open', amount: 12300 });
    const others = [
      makePayment('2026-01-06', [{ job: euro, amount: 7000 }], { currency: 'EUR' }),
      makePayment('2026-02-11', [{ job: split, amount: 100 }], { receivedOn: null }),
      makePayment('2026-02-12', [{ job: split, amount: 100 }], {
        direction: 'me_to_client',
        purpose: 'refund',
      }),
      makePayment('2026-03-20', [{ job: split, amount: 100 }]),
    ];
    const flow = monthlyFlow(
      [split, december, euro, old, open],
      moneyOf([...payments, ...others]),
      '2026-03-15',
      'USD',
    );
    expect(flow.reduce((s, r) => s + r.billed, 0)).toBe(150000);
    expect(flow.reduce((s, r) => s + r.received, 0)).toBe(150000);
  });

  it('a cheque sent in November and received in December counts in December', () => {
    const job = makeJob({ orderedOn: '2025-11-01', invoicedOn: '2025-11-01', amount: 30000 });
    const cheque = makePayment('2025-12-03', [{ job, amount: 30000 }], { sentOn: '2025-11-28' });
    const flow = monthlyFlow([job], moneyOf([cheque]), '2026-03-15', 'USD');
    const month = (m: string) => flow.find((row) => row.month === m)!;
    expect(month('2025-11')).toMatchObject({ billed: 30000, received: 0, settledCount: 0 });
    // Settled on arrival, 3 December: 32 days after the 1 November invoice.
    expect(month('2025-12')).toMatchObject({
      received: 30000,
      settledCount: 1,
      averageDaysToPay: 32,
    });
  });

  it('a bill closed by a write-off is not counted as settled', () => {
    const job = makeJob({ orderedOn: '2025-11-01', invoicedOn: '2025-11-01', amount: 30000 });
    const flow = monthlyFlow(
      [job],
      moneyOf([], { writeOffs: [makeWriteOff('2026-01-15', job, 30000)] }),
      '2026-03-15',
      'USD',
    );
    expect(flow.reduce((s, r) => s + r.settledCount, 0)).toBe(0);
  });

  it('counts an unallocated payment as received', () => {
    const flow = monthlyFlow(
      [],
      moneyOf([makePayment('2026-03-02', [], { amount: 2500 })]),
      '2026-03-15',
      'USD',
    );
    expect(flow[11]!.received).toBe(2500);
  });
});

describe('flowTotals', () => {
  it('adds up the months and averages over every job settled, not over the months', () => {
    const a = makeJob({ orderedOn: '2025-10-01', invoicedOn: '2025-10-01', amount: 10000 });
    const b = makeJob({ orderedOn: '2025-10-11', invoicedOn: '2025-10-11', amount: 10000 });
    const c = makeJob({ orderedOn: '2025-12-01', invoicedOn: '2025-12-01', amount: 5000 });
    const flow = monthlyFlow(
      [a, b, c],
      moneyOf([
        makePayment('2025-10-31', [
          { job: a, amount: 10000 },
          { job: b, amount: 10000 },
        ]),
        makePayment('2025-12-07', [{ job: c, amount: 5000 }]),
      ]),
      '2026-03-15',
      'USD',
    );
    // October: 30 and 20 days; December: 6 days. (30 + 20 + 6) / 3, not (25 + 6) / 2.
    expect(flowTotals(flow)).toEqual({
      billed: 25000,
      received: 25000,
      settledCount: 3,
      averageDaysToPay: 56 / 3,
      slowestMonth: '2025-10',
    });
  });

  it('has no average and no slowest month when nothing was paid', () => {
    expect(flowTotals(monthlyFlow([], moneyOf(), '2026-03-15', 'USD'))).toEqual({
      billed: 0,
      received: 0,
      settledCount: 0,
      averageDaysToPay: null,
      slowestMonth: null,
    });
  });
});
