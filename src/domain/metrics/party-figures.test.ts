import { describe, expect, it } from 'vitest';
import { clientFigures } from './party-figures';
import type { Credit, Dispute, Payment, PromiseToPay, WriteOff } from '../records';
import {
  DELETED,
  OTHER_CLIENT_ID,
  makeCredit,
  makeDispute,
  makeJob,
  makeParty,
  makePayment,
  makePromise,
  makeWriteOff,
} from './test-records';

function records(
  payments: Payment[] = [],
  rest: {
    credits?: Credit[];
    writeOffs?: WriteOff[];
    disputes?: Dispute[];
    promises?: PromiseToPay[];
  } = {},
) {
  return { credits: [], writeOffs: [], disputes: [], promises: [], payments, ...rest };
}

const AS_OF = '2026-03-15';

describe('clientFigures', () => {
  it('sums a mixed history: on-time rate, average and worst lateness, currencies apart', () => {
    const client = makeParty();
    const early = makeJob({ orderedOn: '2025-12-01', dueOn: '2026-01-31', amount: 100000 });
    const fiveLate = makeJob({ dueOn: '2026-02-28', amount: 50000 });
    const onTheDay = makeJob({ dueOn: '2026-02-15', amount: 20000 });
    const unpaid = makeJob({ dueOn: '2026-03-01', amount: 30000 });
    const euro = makeJob({ dueOn: '2026-03-10', amount: 40000, currency: 'EUR' });
    const notBilled = makeJob({ status: 'open', amount: 70000 });
    const payments = [
      makePayment('2026-01-20', [{ job: early, amount: 100000 }]),
      makePayment('2026-03-05', [{ job: fiveLate, amount: 50000 }]),
      makePayment('2026-02-15', [{ job: onTheDay, amount: 20000 }]),
      makePayment('2026-03-01', [{ job: euro, amount: 40000 }], { currency: 'EUR' }),
    ];
    const jobs = [early, fiveLate, onTheDay, unpaid, euro, notBilled];

    expect(clientFigures(client, jobs, records(payments), AS_OF)).toEqual({
      since: '2025-12-01',
      // 31 (December) + 31 (January) + 28 (February) + 14.
      tenureDays: 104,
      tenureMonths: 3,
      jobCount: 5,
      billed: { USD: 200000, EUR: 40000 },
      credited: {},
      writtenOff: {},
      paid: { USD: 170000, EUR: 40000 },
      sent: {},
      outstanding: { USD: 30000 },
      inDispute: {},
      credit: { unallocated: {}, onAccount: {} },
      promises: { open: 0, kept: 0, partlyKept: 0, broken: 0 },
      settledCount: 4,
      onTimeRate: 0.75,
      // (0 + 5 + 0 + 0) / 4
      averageDaysLate: 1.25,
      // The unpaid job is 14 days overdue, worse than the 5 days of the late one.
      worstDaysLate: 14,
      lateCount12m: 2,
      overdueCount: 1,
    });
  });

  it('tenure runs from the recorded relationship start, even before the first job', () => {
    const client = makeParty({ relationshipStart: '2024-02-15' });
    const job = makeJob({ orderedOn: '2026-01-01' });
    const figures = clientFigures(client, [job], records([]), AS_OF);
    expect(figures.since).toBe('2024-02-15');
    // 366 days to 15 February 2025 (29 February 2024 included), 365 more to 2026, then 28.
    expect(figures.tenureDays).toBe(759);
    expect(figures.tenureMonths).toBe(25);
  });

  it('without a recorded start or jobs, tenure runs from the day the client was entered', () => {
    // The local day of the instant: 10:00 UTC is 10 June everywhere from Hawaii to New Zealand.
    const client = makeParty({ createdAt: '2025-06-10T10:00:00.000Z' });
    const figures = clientFigures(client, [], records([]), AS_OF);
    expect(figures.since).toBe('2025-06-10');
    // 20 (rest of June) + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 + 15.
    expect(figures.tenureDays).toBe(278);
    expect(figures.tenureMonths).toBe(9);
  });

  it('a deleted job does not move the start of the relationship', () => {
    const client = makeParty();
    const deleted = makeJob({ orderedOn: '2025-05-01', deletedAt: DELETED });
    const kept = makeJob({ orderedOn: '2025-09-01' });
    expect(clientFigures(client, [deleted, kept], records(), AS_OF).since).toBe('2025-09-01');
  });

  it('a relationship starting after the as-of day has 0 tenure, not a negative one', () => {
    const client = makeParty({ relationshipStart: '2026-04-01' });
    const figures = clientFigures(client, [], records([]), AS_OF);
    expect(figures.tenureDays).toBe(0);
    expect(figures.tenureMonths).toBe(0);
  });

  it('a client with nothing settled has no on-time rate or average, and a worst of 0', () => {
    const figures = clientFigures(makeParty(), [], records([]), AS_OF);
    expect(figures).toMatchObject({
      jobCount: 0,
      billed: {},
      settledCount: 0,
      onTimeRate: null,
      averageDaysLate: null,
      worstDaysLate: 0,
      lateCount12m: 0,
      overdueCount: 0,
    });
  });

  it('the late count covers the last 12 months only, while the worst lateness covers all time', () => {
    const client = makeParty();
    const ordered = { orderedOn: '2025-01-01' };
    const longAgo = makeJob({ ...ordered, dueOn: '2025-01-10' });
    const justOutside = makeJob({ ...ordered, dueOn: '2025-03-15' });
    const justInside = makeJob({ ...ordered, dueOn: '2025-03-16' });
    const onTime = makeJob({ ...ordered, dueOn: '2025-09-01' });
    const overdue = makeJob({ ...ordered, dueOn: '2026-03-01' });
    const payments = [
      makePayment('2025-02-10', [{ job: longAgo, amount: 100000 }]),
      makePayment('2025-03-20', [{ job: justOutside, amount: 100000 }]),
      makePayment('2025-03-20', [{ job: justInside, amount: 100000 }]),
      makePayment('2025-08-30', [{ job: onTime, amount: 100000 }]),
    ];
    const jobs = [longAgo, justOutside, justInside, onTime, overdue];
    expect(clientFigures(client, jobs, records(payments), AS_OF)).toMatchObject({
      // Paid 4 days late inside the window, and 14 days overdue now.
      lateCount12m: 2,
      overdueCount: 1,
      settledCount: 4,
      onTimeRate: 0.25,
      // (31 + 5 + 4 + 0) / 4
      averageDaysLate: 10,
      worstDaysLate: 31,
    });
  });

  it('written-off and merely sent money are reported apart from what is outstanding', () => {
    const client = makeParty();
    const writtenOff = makeJob({ dueOn: '2026-01-31', amount: 100000 });
    const inTheMail = makeJob({ dueOn: '2026-03-01', amount: 50000 });
    const payments = [
      makePayment('2026-01-20', [{ job: writtenOff, amount: 25000 }]),
      makePayment('2026-03-10', [{ job: inTheMail, amount: 50000 }], { receivedOn: null }),
    ];
    // 1000.00 − 250.00 paid = 750.00 written off.
    const writeOffs = [makeWriteOff('2026-02-20', writtenOff, 75000)];
    const figures = clientFigures(
      client,
      [writtenOff, inTheMail],
      records(payments, { writeOffs }),
      AS_OF,
    );
    expect(figures).toMatchObject({
      jobCount: 2,
      billed: { USD: 150000 },
      paid: { USD: 25000 },
      sent: { USD: 50000 },
      writtenOff: { USD: 75000 },
      credited: {},
      outstanding: { USD: 50000 },
      // A written-off job is not a late payment: nothing settled by the client yet.
      settledCount: 0,
      overdueCount: 1,
      worstDaysLate: 14,
    });
  });

  it('credits, write-offs, disputes, client credit and promises each have their own figure', () => {
    const client = makeParty();
    const credited = makeJob({ dueOn: '2026-03-31', amount: 150000 });
    const bad = makeJob({ dueOn: '2026-01-31', amount: 40000 });
    const questioned = makeJob({ dueOn: '2026-03-31', amount: 60000 });
    const payments = [
      // 1000.00 for the 1500.00 job and 200.00 more than any job took: 1200.00 sent.
      makePayment('2026-03-01', [{ job: credited, amount: 100000 }], { amount: 120000 }),
    ];
    const more = {
      credits: [
        makeCredit('2026-03-05', credited, 50000, { reason: 'dispute_settled' }),
        makeCredit('2026-03-06', null, 7500, { reason: 'future_discount' }),
      ],
      writeOffs: [makeWriteOff('2026-03-01', bad, 40000)],
      disputes: [makeDispute('2026-03-10', questioned, 25000)],
      promises: [
        // Kept by the 1200.00 sent on 1 March; the second came and went with nothing sent; the
        // third is not due until 20 March.
        makePromise('2026-02-25', '2026-03-02', 100000),
        makePromise('2026-03-03', '2026-03-10', 20000),
        makePromise('2026-03-12', '2026-03-20', 20000),
      ],
    };
    expect(
      clientFigures(client, [credited, bad, questioned], records(payments, more), AS_OF),
    ).toMatchObject({
      // 1500.00 + 400.00 + 600.00
      billed: { USD: 250000 },
      credited: { USD: 50000 },
      writtenOff: { USD: 40000 },
      paid: { USD: 100000 },
      // Only the questioned job still owes: 600.00, 250.00 of it in dispute.
      outstanding: { USD: 60000 },
      inDispute: { USD: 25000 },
      credit: { unallocated: { USD: 20000 }, onAccount: { USD: 7500 } },
      promises: { open: 1, kept: 1, partlyKept: 0, broken: 1 },
    });
  });

  it("another client's jobs and payments are left out", () => {
    const client = makeParty();
    const ours = makeJob({ dueOn: '2026-03-01', amount: 100000 });
    const theirs = makeJob({ clientId: OTHER_CLIENT_ID, dueOn: '2026-01-31', amount: 90000 });
    const payments = [
      makePayment('2026-02-01', [{ job: theirs, amount: 90000 }], { partyId: OTHER_CLIENT_ID }),
      // Paid by someone else toward our client's job: not this client's money.
      makePayment('2026-02-02', [{ job: ours, amount: 100000 }], { partyId: OTHER_CLIENT_ID }),
    ];
    expect(clientFigures(client, [ours, theirs], records(payments), AS_OF)).toMatchObject({
      jobCount: 1,
      billed: { USD: 100000 },
      paid: {},
      outstanding: { USD: 100000 },
      settledCount: 0,
    });
  });

  it('a job cancelled before billing does not count as a job or as money billed', () => {
    const client = makeParty();
    const cancelled = makeJob({ status: 'cancelled', amount: 100000 });
    expect(clientFigures(client, [cancelled], records([]), AS_OF)).toMatchObject({
      jobCount: 0,
      billed: {},
      outstanding: {},
    });
  });
});
