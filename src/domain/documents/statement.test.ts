import { describe, expect, test } from 'vitest';
import { noMoneyRecords } from '../metrics/job-balance';
import { statements } from './statement';
import { CLIENT, makeClient, makeCredit, makeJob, makePayment, makeWriteOff } from './test-records';

// 12 % a year after 10 days' grace.
const client = makeClient({
  lateFeeKind: 'yearly_rate',
  lateFeeRateBasisPoints: 1200,
  lateFeeGraceDays: 10,
});
// $1,000.00 invoiced 1 Feb, due 30 days later: 3 March.
const jobA = makeJob(100_000, '2026-02-01', { title: 'Field orders, February' });
// $300.00 invoiced 20 April, due 20 May.
const jobB = makeJob(30_000, '2026-04-20', { title: 'Brochure' });
// $200.00 invoiced 5 January and written off in full on 1 April.
const jobC = makeJob(20_000, '2026-01-05', { title: 'Lost cause' });
// €150.00 invoiced 1 April, due 1 May.
const jobD = makeJob(15_000, '2026-04-01', { title: 'Translation', currency: 'EUR' });

const paidA = makePayment(40_000, '2026-03-10', [{ jobId: jobA.id, amount: 40_000 }]);
const overpaid = makePayment(5000, '2026-04-15', []);
const creditA = makeCredit(10_000, '2026-03-20', jobA.id);
const writeOffC = makeWriteOff(20_000, '2026-04-01', jobC.id);

const money = {
  ...noMoneyRecords,
  payments: [paidA, overpaid],
  credits: [creditA],
  writeOffs: [writeOffC],
};
const credit = { unallocated: { USD: 5000 }, onAccount: { USD: 2000 } };

describe('a client statement', () => {
  const [eur, usd] = statements({
    party: client,
    jobs: [jobA, jobB, jobC, jobD],
    money,
    credit,
    asOf: '2026-04-30',
  });

  test('one statement per currency, by currency code', () => {
    expect([eur?.currency, usd?.currency]).toEqual(['EUR', 'USD']);
  });

  test('lists the bills still owing, oldest first, with their age and aging bucket', () => {
    // Job A: 1000.00 − 400.00 paid − 100.00 credited = 500.00 outstanding.
    // Due 3 March; 3 March → 30 April is 28 + 30 = 58 days overdue (31–60 bucket).
    // Billed 1 February; 1 Feb → 30 April is 27 + 31 + 30 = 88 days old.
    // Job B: due 20 May, not yet due, 10 days old. Job C is written off: nothing owed, not listed.
    expect(
      usd?.items.map((i) => [i.title, i.outstanding, i.ageDays, i.daysOverdue, i.bucket]),
    ).toEqual([
      ['Field orders, February', 50_000, 88, 58, 'd31_60'],
      ['Brochure', 30_000, 10, 0, 'current'],
    ]);
    expect(usd?.items[0]).toMatchObject({
      billed: 100_000,
      paid: 40_000,
      credited: 10_000,
      dueOn: '2026-03-03',
    });
  });

  test("works the late fee out on the client's terms", () => {
    // 12 % a year on 500.00 for 58 − 10 = 48 days: 50000 × 0.12 × 48 / 365 = 789.04… → 789.
    expect(usd?.lateFees).toEqual([
      { jobId: jobA.id, currency: 'USD', daysOverdue: 58, charged: 789, waived: 0, due: 789 },
    ]);
  });

  test('lists the credits and the payments received', () => {
    expect(usd?.credits.map((c) => [c.on, c.amount, c.reason])).toEqual([
      ['2026-03-20', 10_000, 'goodwill'],
    ]);
    expect(usd?.payments.map((p) => [p.receivedOn, p.amount, p.jobIds])).toEqual([
      ['2026-03-10', 40_000, [jobA.id]],
      ['2026-04-15', 5000, []],
    ]);
  });

  test('the balance is what is owed plus late fees less money and credit waiting on the account', () => {
    // 500.00 + 300.00 + 7.89 late fee − 50.00 unallocated − 20.00 on account = 737.89.
    expect(usd?.totals).toEqual({
      outstanding: 80_000,
      lateFees: 789,
      unallocated: 5000,
      onAccount: 2000,
      balance: 73_789,
      aging: { current: 30_000, d1_30: 0, d31_60: 50_000, d61_90: 0, d90_plus: 0 },
    });
  });

  test('the other currency stands on its own', () => {
    // €150.00 invoiced 1 April, due 1 May: current, 29 days old; nothing paid.
    expect(eur?.items.map((i) => [i.outstanding, i.ageDays, i.bucket])).toEqual([
      [15_000, 29, 'current'],
    ]);
    expect(eur?.totals.balance).toBe(15_000);
    expect(eur?.payments).toEqual([]);
  });
});

describe('a statement as of another day', () => {
  test('as of an earlier day, only what had happened by then', () => {
    // On 5 March job A was 2 days overdue with nothing paid; job B, D not billed; C not written off.
    // C: billed 5 Jan, due 4 Feb, 29 days overdue (4 Feb → 5 Mar), aged 59 days.
    const [usd] = statements({
      party: client,
      jobs: [jobA, jobB, jobC, jobD],
      money,
      credit: { unallocated: {}, onAccount: {} },
      asOf: '2026-03-05',
    });
    expect(usd?.items.map((i) => [i.title, i.outstanding, i.daysOverdue])).toEqual([
      ['Lost cause', 20_000, 29],
      ['Field orders, February', 100_000, 2],
    ]);
    // C: 12 % on 200.00 for 29 − 10 = 19 days: 20000 × 0.12 × 19 / 365 = 124.93… → 125.
    // A is within its grace period. Balance: 200.00 + 1000.00 + 1.25 = 1201.25.
    expect(usd?.lateFees.map((f) => f.due)).toEqual([125]);
    expect(usd?.totals.balance).toBe(120_125);
    expect(usd?.payments).toEqual([]);
  });

  test('lists credits and payments from a chosen first day only', () => {
    const [, usd] = statements({
      party: client,
      jobs: [jobA, jobB, jobC, jobD],
      money,
      credit,
      asOf: '2026-04-30',
      from: '2026-03-15',
    });
    expect(usd?.credits.map((c) => c.on)).toEqual(['2026-03-20']);
    expect(usd?.payments.map((p) => p.receivedOn)).toEqual(['2026-04-15']);
    expect(usd?.totals.outstanding).toBe(80_000);
  });

  test("a cheque not yet received is not on the statement, and another client's jobs are not", () => {
    const cheque = makePayment(30_000, '2026-04-25', [{ jobId: jobB.id, amount: 30_000 }], {
      receivedOn: null,
    });
    const theirs = makeJob(99_900, '2026-02-01', {
      clientId: '00000000-0000-4000-8000-000000000999',
    });
    const [usd] = statements({
      party: client,
      jobs: [jobB, theirs],
      money: { ...noMoneyRecords, payments: [cheque] },
      credit: { unallocated: {}, onAccount: {} },
      asOf: '2026-04-30',
    });
    expect(usd?.items.map((i) => [i.title, i.outstanding])).toEqual([['Brochure', 30_000]]);
    expect(usd?.payments).toEqual([]);
    expect(usd?.partyId).toBe(CLIENT);
  });

  test('a client with nothing owed and nothing listed gets no statement', () => {
    expect(
      statements({
        party: client,
        jobs: [],
        money: noMoneyRecords,
        credit: { unallocated: {}, onAccount: {} },
        asOf: '2026-04-30',
      }),
    ).toEqual([]);
  });
});
