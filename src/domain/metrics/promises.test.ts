import { describe, expect, it } from 'vitest';
import { openPromiseCovers, promiseCounts, promiseOutcome } from './promises';
import { CLIENT_ID, makeJob, makePayment, makePromise, OTHER_CLIENT_ID } from './test-records';

describe('promises to pay', () => {
  it('a kept and a broken promise', () => {
    const job = makeJob({ amount: 80000 });
    // Promised on 1 April: 400.00 by 10 April, then 400.00 by 30 April.
    const kept = makePromise('2026-04-01', '2026-04-10', 40000);
    const broken = makePromise('2026-04-11', '2026-04-30', 40000);
    const payments = [makePayment('2026-04-09', [{ job, amount: 40000 }])];
    // 400.00 sent on 9 April, within the first promise's days and before the second was made.
    expect(promiseOutcome(kept, payments, '2026-05-15')).toEqual({
      status: 'kept',
      paidToward: 40000,
    });
    expect(promiseOutcome(broken, payments, '2026-05-15')).toEqual({
      status: 'broken',
      paidToward: 0,
    });
    expect(promiseCounts(CLIENT_ID, [kept, broken], payments, '2026-05-15')).toEqual({
      open: 0,
      kept: 1,
      partlyKept: 0,
      broken: 1,
    });
  });

  it('a cheque posted on the promised day keeps the promise though it arrives later', () => {
    const job = makeJob();
    const promise = makePromise('2026-04-01', '2026-04-10', 100000);
    const payments = [
      makePayment('2026-04-16', [{ job, amount: 100000 }], { sentOn: '2026-04-10' }),
    ];
    expect(promiseOutcome(promise, payments, '2026-04-20').status).toBe('kept');
  });

  it('is kept as soon as the money is sent, before the day named', () => {
    const job = makeJob();
    const promise = makePromise('2026-04-01', '2026-04-30', 50000);
    const payments = [makePayment('2026-04-05', [{ job, amount: 60000 }])];
    expect(promiseOutcome(promise, payments, '2026-04-06')).toEqual({
      status: 'kept',
      paidToward: 60000,
    });
  });

  it('stays open until the day named, then is partly kept when only part came', () => {
    const job = makeJob();
    const promise = makePromise('2026-04-01', '2026-04-10', 50000);
    const payments = [makePayment('2026-04-08', [{ job, amount: 20000 }])];
    // 200.00 of 500.00 sent by the 10th.
    expect(promiseOutcome(promise, payments, '2026-04-10')).toEqual({
      status: 'open',
      paidToward: 20000,
    });
    expect(promiseOutcome(promise, payments, '2026-04-11')).toEqual({
      status: 'partly_kept',
      paidToward: 20000,
    });
  });

  it('money sent before the promise, after its day, in another currency or by someone else does not count', () => {
    const job = makeJob();
    const promise = makePromise('2026-04-01', '2026-04-10', 50000);
    const payments = [
      makePayment('2026-03-31', [{ job, amount: 50000 }]),
      makePayment('2026-04-11', [{ job, amount: 50000 }]),
      makePayment('2026-04-05', [], { amount: 50000, currency: 'EUR' }),
      makePayment('2026-04-05', [], { amount: 50000, partyId: OTHER_CLIENT_ID }),
    ];
    expect(promiseOutcome(promise, payments, '2026-04-20')).toEqual({
      status: 'broken',
      paidToward: 0,
    });
  });

  it('a promise for one job counts only what was allocated to that job', () => {
    const a = makeJob();
    const b = makeJob();
    const promise = makePromise('2026-04-01', '2026-04-10', 50000, { jobId: a.id });
    const payments = [
      makePayment('2026-04-05', [
        { job: a, amount: 30000 },
        { job: b, amount: 70000 },
      ]),
    ];
    // 300.00 went to the promised job; the 700.00 to the other does not count.
    expect(promiseOutcome(promise, payments, '2026-04-20')).toEqual({
      status: 'partly_kept',
      paidToward: 30000,
    });
  });

  it('an open promise covers the client and their jobs until its day, then no longer', () => {
    const a = makeJob();
    const b = makeJob();
    const onA = makePromise('2026-04-01', '2026-04-10', 50000, { jobId: a.id });
    expect(openPromiseCovers([onA], [], { clientId: CLIENT_ID }, '2026-04-05')).toBe(true);
    expect(openPromiseCovers([onA], [], { clientId: CLIENT_ID, jobId: a.id }, '2026-04-05')).toBe(
      true,
    );
    expect(openPromiseCovers([onA], [], { clientId: CLIENT_ID, jobId: b.id }, '2026-04-05')).toBe(
      false,
    );
    expect(openPromiseCovers([onA], [], { clientId: CLIENT_ID }, '2026-04-11')).toBe(false);
    const whole = makePromise('2026-04-01', '2026-04-10', 50000);
    expect(openPromiseCovers([whole], [], { clientId: CLIENT_ID, jobId: b.id }, '2026-04-05')).toBe(
      true,
    );
    expect(openPromiseCovers([whole], [], { clientId: OTHER_CLIENT_ID }, '2026-04-05')).toBe(false);
  });

  it('a promise not yet made does not cover anything', () => {
    const promise = makePromise('2026-04-01', '2026-04-10', 50000);
    expect(openPromiseCovers([promise], [], { clientId: CLIENT_ID }, '2026-03-30')).toBe(false);
  });
});
