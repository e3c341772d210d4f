import { describe, expect, test } from 'vitest';
import { addDays, addMonths } from '../../dates';
import { makeCredit, makeJob, makeWriteOff } from '../test-records';
import { payerModel } from './payer-model';
import { billDue, client, ledgerOf, paid, reminder } from './test-payer';

const asOf = '2026-12-01';
const grace = { graceDays: 5 };

/** Bills due every `step` days back from `last`, oldest first. */
function dueDays(count: number, last: string, step: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(last, -step * (count - 1 - i)));
}

describe('lateness is weighed as a share of the window, beyond the grace', () => {
  test('the occasional responsive payer: late twice in twenty by a few days reads as now and then, 10 %', () => {
    // Twenty bills due every 15 days up to 20 November; two of them (the 5th and the 15th) paid
    // 8 days after due, each the day after one reminder; the rest paid on the due day.
    const days = dueDays(20, '2026-11-20', 15);
    const jobs = days.map((d) => billDue(d));
    const lateOnes = new Set([4, 14]);
    const payments = jobs.map((j, i) => paid(j, addDays(days[i]!, lateOnes.has(i) ? 8 : 0)));
    const contacts = [4, 14].map((i) => reminder(addDays(days[i]!, 7), jobs[i]!));
    const model = payerModel(client, ledgerOf({ jobs, payments, contacts }), asOf, grace);
    expect(model.window).toEqual({ kind: 'months', months: 12, from: '2025-12-01', to: asOf });
    expect(model.lateness).toMatchObject({
      counted: 20,
      late: 2,
      share: 0.1,
      // 8 days late less 5 days' grace.
      typicalDaysBeyondGrace: 3,
      worstDaysBeyondGrace: 3,
      stillOverdue: 0,
      pattern: 'occasional',
    });
    // Earlier ten: one at 3 → 0.3; later ten: one at 3 → 0.3. No change.
    expect(model.lateness.trend).toBe('steady');
    expect(model.reminders).toMatchObject({ needed: 2, enoughWithOne: 2, neededMore: 0, rate: 1 });
  });

  test('a day or two late inside the grace is not late at all', () => {
    const days = dueDays(6, '2026-11-20', 30);
    const jobs = days.map((d) => billDue(d));
    const payments = jobs.map((j, i) => paid(j, addDays(days[i]!, 5)));
    const model = payerModel(client, ledgerOf({ jobs, payments }), asOf, grace);
    expect(model.lateness).toMatchObject({ counted: 6, late: 0, share: 0, pattern: 'none' });
    // With no grace the same six are all late by 5 days: chronic.
    const strict = payerModel(client, ledgerOf({ jobs, payments }), asOf, { graceDays: 0 });
    expect(strict.lateness).toMatchObject({ late: 6, share: 1, pattern: 'chronic' });
    expect(strict.lateness.typicalDaysBeyondGrace).toBe(5);
  });

  test('one bill paid 90 days late among on-time ones: worst and typical are 85 days beyond the grace, not diluted', () => {
    const days = dueDays(10, '2026-10-01', 30);
    const jobs = days.map((d) => billDue(d));
    const payments = jobs.map((j, i) => paid(j, i === 3 ? addDays(days[i]!, 90) : days[i]!));
    const { lateness } = payerModel(client, ledgerOf({ jobs, payments }), asOf, grace);
    expect(lateness).toMatchObject({
      counted: 10,
      late: 1,
      share: 0.1,
      typicalDaysBeyondGrace: 85,
      worstDaysBeyondGrace: 85,
      pattern: 'occasional',
    });
  });

  test('a bill still unpaid counts as late as it stands, with its days so far', () => {
    const jobs = [billDue('2026-09-01'), billDue('2026-10-01'), billDue('2026-11-28')];
    const payments = [paid(jobs[0]!, '2026-09-01')];
    const { lateness } = payerModel(client, ledgerOf({ jobs, payments }), asOf, grace);
    // 1 October to 1 December is 61 days, 56 beyond the grace; 28 November is 3 days, inside it.
    expect(lateness).toMatchObject({
      counted: 3,
      late: 1,
      stillOverdue: 2,
      typicalDaysBeyondGrace: 56,
      worstDaysBeyondGrace: 56,
    });
  });

  test('a cheque posted on the due day and received 20 days later is not late: money counts when sent', () => {
    const job = billDue('2026-11-01');
    const cheque = paid(job, '2026-11-01', { method: 'cheque', receivedOn: '2026-11-21' });
    const { lateness, invoices } = payerModel(
      client,
      ledgerOf({ jobs: [job], payments: [cheque] }),
      asOf,
      grace,
    );
    expect(invoices[0]).toMatchObject({ settledOn: '2026-11-01', daysLate: 0 });
    expect(lateness.late).toBe(0);
    // Still in the post on 1 December: also counted from the day sent.
    const inPost = paid(job, '2026-11-01', { method: 'cheque', receivedOn: null });
    const model = payerModel(client, ledgerOf({ jobs: [job], payments: [inPost] }), asOf, grace);
    expect(model.lateness).toMatchObject({ late: 0, stillOverdue: 0 });
  });

  test('written-off bills are left out, cancelled jobs too, and a bill credited in full is settled on the credit day', () => {
    const writtenOff = billDue('2026-06-01');
    const cancelled = billDue('2026-07-01', { status: 'cancelled' });
    const credited = billDue('2026-08-01');
    const partly = billDue('2026-09-01');
    const ledger = ledgerOf({
      jobs: [writtenOff, cancelled, credited, partly],
      writeOffs: [makeWriteOff('2026-10-01', writtenOff, 100_000)],
      credits: [
        makeCredit('2026-08-21', credited, 100_000, { reason: 'dispute_settled' }),
        makeCredit('2026-10-15', partly, 20_000, { reason: 'dispute_settled' }),
      ],
      // $800 of the partly credited bill sent on its due day: the late credit is the owner's day.
      payments: [
        paid(partly, '2026-09-01', {
          amount: 80_000,
          allocations: [{ jobId: partly.id, amount: 80_000 }],
        }),
      ],
    });
    const model = payerModel(client, ledger, asOf, grace);
    expect(model.invoices.map((i) => i.jobId)).toEqual([credited.id, partly.id]);
    expect(model.invoices[0]).toMatchObject({
      settledOn: '2026-08-21',
      paidOn: '2026-08-21',
      daysLate: 20,
    });
    expect(model.invoices[1]).toMatchObject({
      settledOn: '2026-10-15',
      paidOn: '2026-09-01',
      daysLate: 0,
    });
    expect(model.lateness).toMatchObject({ counted: 2, late: 1, typicalDaysBeyondGrace: 15 });
  });
});

describe('the window', () => {
  test('with fewer than six bills due in twelve months it takes the last six whatever their age', () => {
    const old = ['2024-03-01', '2024-06-01', '2024-09-01', '2025-01-01'].map((d) => billDue(d));
    const recent = ['2026-03-01', '2026-09-01'].map((d) => billDue(d));
    const jobs = [...old, ...recent];
    const payments = jobs.map((j) => paid(j, j.dueOn!));
    const model = payerModel(client, ledgerOf({ jobs, payments }), asOf, grace);
    // From the day the oldest of the six was billed, 30 days before it fell due.
    expect(model.window).toEqual({ kind: 'invoices', count: 6, from: '2024-01-31', to: asOf });
    // A seventh, older still, is not read.
    const older = billDue('2023-01-01');
    const more = payerModel(
      client,
      ledgerOf({ jobs: [older, ...jobs], payments: [paid(older, '2023-06-01'), ...payments] }),
      asOf,
      grace,
    );
    expect(more.window).toEqual(model.window);
    expect(more.lateness).toEqual(model.lateness);
  });

  test('a client with no bill due yet has an empty window and nothing to say', () => {
    const job = makeJob({ orderedOn: '2026-11-20', invoicedOn: '2026-11-20', dueOn: '2026-12-20' });
    const model = payerModel(client, ledgerOf({ jobs: [job] }), asOf, grace);
    expect(model.window).toEqual({ kind: 'invoices', count: 0, from: asOf, to: asOf });
    expect(model.lateness).toMatchObject({
      counted: 0,
      late: 0,
      share: null,
      pattern: 'none',
      trend: 'unknown',
    });
  });

  test('late payments two years back move neither the share nor the trend when the window has enough bills', () => {
    const days = dueDays(8, '2026-11-01', 30);
    const jobs = days.map((d) => billDue(d));
    // The later four paid 15 days late (10 beyond the grace): worsening, share 4/8.
    const payments = jobs.map((j, i) => paid(j, addDays(days[i]!, i >= 4 ? 15 : 0)));
    const base = payerModel(client, ledgerOf({ jobs, payments }), asOf, grace);
    expect(base.lateness).toMatchObject({
      share: 0.5,
      trend: 'worsening',
      earlierAverage: 0,
      laterAverage: 10,
    });
    const longAgo = dueDays(5, addMonths(asOf, -24), 20).map((d) => billDue(d));
    const withOld = payerModel(
      client,
      ledgerOf({
        jobs: [...longAgo, ...jobs],
        payments: [...longAgo.map((j) => paid(j, addDays(j.dueOn!, 120))), ...payments],
      }),
      asOf,
      grace,
    );
    expect(withOld.lateness).toEqual(base.lateness);
    expect(withOld.window).toEqual(base.window);
  });

  test('the trend compares the earlier half of the window with the later half, a few days making a change', () => {
    const days = dueDays(5, '2026-11-01', 30);
    const jobs = days.map((d) => billDue(d));
    // Days late 20, 20, 5, 5, 5: beyond the grace 15, 15 | 0, 0, 0 (the middle one goes later).
    const late = [20, 20, 5, 5, 5];
    const payments = jobs.map((j, i) => paid(j, addDays(days[i]!, late[i]!)));
    const { lateness } = payerModel(client, ledgerOf({ jobs, payments }), asOf, grace);
    expect(lateness).toMatchObject({ trend: 'improving', earlierAverage: 15, laterAverage: 0 });
    // 2 days more beyond the grace in the later half is not a change; 3 is.
    const slight = [5, 5, 7, 8, 8].map((d, i) => paid(jobs[i]!, addDays(days[i]!, d)));
    expect(
      payerModel(client, ledgerOf({ jobs, payments: slight }), asOf, grace).lateness.trend,
    ).toBe('steady');
    const worse = [5, 5, 8, 8, 8].map((d, i) => paid(jobs[i]!, addDays(days[i]!, d)));
    expect(
      payerModel(client, ledgerOf({ jobs, payments: worse }), asOf, grace).lateness.trend,
    ).toBe('worsening');
    // Below four bills: unknown.
    const three = payerModel(client, ledgerOf({ jobs: jobs.slice(0, 3), payments }), asOf, grace);
    expect(three.lateness.trend).toBe('unknown');
  });

  test('the trend is about the order of the bills only: an old late bill in the window reads as improving, the share says it is worse', () => {
    const days = dueDays(5, '2026-11-01', 30);
    const jobs = days.map((d) => billDue(d));
    const onTime = jobs.slice(1).map((j, i) => paid(j, days[i + 1]!));
    const four = payerModel(
      client,
      ledgerOf({ jobs: jobs.slice(1), payments: onTime }),
      asOf,
      grace,
    );
    expect(four.lateness).toMatchObject({ share: 0, trend: 'steady' });
    // The oldest paid 35 days late (30 beyond the grace): halves [30, 0] and [0, 0, 0].
    const five = payerModel(
      client,
      ledgerOf({ jobs, payments: [paid(jobs[0]!, addDays(days[0]!, 35)), ...onTime] }),
      asOf,
      grace,
    );
    expect(five.lateness).toMatchObject({
      share: 0.2,
      trend: 'improving',
      earlierAverage: 15,
      laterAverage: 0,
    });
  });
});
