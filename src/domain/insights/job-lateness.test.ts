import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { clientLateness } from '../metrics/payer/client-lateness';
import {
  CLIENT_ID,
  makeCredit,
  makeJob,
  makePayment,
  makeWriteOff,
  moneyOf,
} from '../metrics/test-records';
import { jobLatenessHistory } from './job-lateness';

const asOf = '2026-03-15';
const grace = 5;

describe('jobLatenessHistory', () => {
  it('a job paid 10 days after it was due, with 5 days of grace, is 10 days late, 5 beyond the grace: late', () => {
    const job = makeJob({ title: 'Shop sign', dueOn: '2026-01-31' });
    const rows = jobLatenessHistory(
      CLIENT_ID,
      [job],
      moneyOf([makePayment('2026-02-10', [{ job, amount: 100000 }])]),
      asOf,
      grace,
    );
    expect(rows).toEqual([
      {
        jobId: job.id,
        title: 'Shop sign',
        dueOn: '2026-01-31',
        daysLate: 10,
        daysBeyondGrace: 5,
        late: true,
        settled: true,
        paidOn: '2026-02-10',
      },
    ]);
  });

  it('a cheque sent on the due day and received 10 days later is on time: the post is not the client', () => {
    const job = makeJob({ dueOn: '2026-01-31' });
    const cheque = makePayment('2026-02-10', [{ job, amount: 100000 }], {
      sentOn: '2026-01-31',
      method: 'cheque',
    });
    const [row] = jobLatenessHistory(CLIENT_ID, [job], moneyOf([cheque]), asOf, grace);
    expect(row).toMatchObject({
      daysLate: 0,
      daysBeyondGrace: 0,
      late: false,
      paidOn: '2026-01-31',
    });
  });

  it('a bill paid 3 days late with 5 days of grace shows its 3 days but is not late', () => {
    const job = makeJob({ dueOn: '2026-01-31' });
    const payment = makePayment('2026-02-03', [{ job, amount: 100000 }]);
    const [row] = jobLatenessHistory(CLIENT_ID, [job], moneyOf([payment]), asOf, grace);
    expect(row).toMatchObject({ daysLate: 3, daysBeyondGrace: 0, late: false, settled: true });
    // With no grace the same 3 days are late.
    const [strict] = jobLatenessHistory(CLIENT_ID, [job], moneyOf([payment]), asOf, 0);
    expect(strict).toMatchObject({ daysLate: 3, daysBeyondGrace: 3, late: true });
  });

  it('a job still owing counts its days overdue so far; jobs not yet due, or due today, are left out', () => {
    const overdue = makeJob({ dueOn: '2026-03-01' });
    const withinGrace = makeJob({ dueOn: '2026-03-12' });
    const partPaid = makeJob({ dueOn: '2026-02-01' });
    const dueToday = makeJob({ dueOn: asOf });
    const notDue = makeJob({ dueOn: '2026-04-01' });
    const rows = jobLatenessHistory(
      CLIENT_ID,
      [notDue, dueToday, overdue, withinGrace, partPaid],
      moneyOf([makePayment('2026-01-20', [{ job: partPaid, amount: 40000 }])]),
      asOf,
      grace,
    );
    // 1 Feb → 15 Mar is 42 days (28 + 14), 1 Mar → 15 Mar is 14, 12 Mar → 15 Mar is 3.
    expect(rows.map((r) => [r.dueOn, r.daysLate, r.daysBeyondGrace, r.late, r.settled])).toEqual([
      ['2026-02-01', 42, 37, true, false],
      ['2026-03-01', 14, 9, true, false],
      ['2026-03-12', 3, 0, false, false],
    ]);
    expect(rows.every((r) => r.paidOn === null)).toBe(true);
  });

  it('shows every bill that fell due, older ones too, not only the twelve months the scorecard reads', () => {
    // Seven monthly bills due from 1 August 2025 to 1 February 2026 (seven in the last twelve
    // months: the payer model's window), and one due 1 February 2024; all paid on the due day.
    const dues = [
      '2024-02-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ];
    const jobs = dues.map((dueOn) => makeJob({ orderedOn: addDays(dueOn, -30), dueOn }));
    const payments = jobs.map((job) => makePayment(job.dueOn!, [{ job, amount: 100000 }]));
    expect(clientLateness(CLIENT_ID, jobs, moneyOf(payments), asOf, grace).lateness.counted).toBe(
      7,
    );
    const rows = jobLatenessHistory(CLIENT_ID, jobs, moneyOf(payments), asOf, grace);
    expect(rows.map((r) => r.dueOn)).toEqual(dues);
    expect(rows.every((r) => !r.late)).toBe(true);
  });

  it('a bill a credit closed counts as paid on the day of their last payment before the credit', () => {
    const job = makeJob({ dueOn: '2026-01-31' });
    const rows = jobLatenessHistory(
      CLIENT_ID,
      [job],
      moneyOf([makePayment('2026-02-02', [{ job, amount: 90000 }])], {
        credits: [makeCredit('2026-02-22', job, 10000)],
      }),
      asOf,
      grace,
    );
    expect(rows.map((r) => [r.paidOn, r.daysLate, r.late])).toEqual([['2026-02-02', 2, false]]);
  });

  it('a written-off job is left out: bad debt is not a late payment', () => {
    const job = makeJob({ dueOn: '2026-01-31' });
    const rows = jobLatenessHistory(
      CLIENT_ID,
      [job],
      moneyOf([], { writeOffs: [makeWriteOff('2026-02-20', job, 100000)] }),
      asOf,
      grace,
    );
    expect(rows).toEqual([]);
  });
});
