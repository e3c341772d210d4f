import { describe, expect, it } from 'vitest';
import {
  agingSnapshot,
  goodwillSummary,
  jobLatenessHistory,
  monthlyFlow,
  slowestPayers,
} from '../../domain/insights';
import {
  CLIENT_ID,
  OTHER_CLIENT_ID,
  makeJob,
  makeCredit,
  makeDispute,
  makeParty,
  makePayment,
  makeWriteOff,
  moneyOf,
} from '../../domain/metrics/test-records';
import { agingChart, flowChart, goodwillChart, historyChart, slowestChart } from './chart-data';

const acme = makeParty();
const bolt = makeParty({ id: OTHER_CLIENT_ID, name: 'Bolt Garage' });

describe('agingChart', () => {
  const old = makeJob({ orderedOn: '2025-10-01', dueOn: '2025-11-01', amount: 30000 });
  const recent = makeJob({ orderedOn: '2026-02-01', dueOn: '2026-03-01', amount: 20000 });
  const notDue = makeJob({ clientId: OTHER_CLIENT_ID, dueOn: '2026-04-01', amount: 5000 });
  const aging = agingSnapshot([acme, bolt], [old, recent, notDue], moneyOf(), '2026-03-15');

  it('draws one stacked bar in dollars, one segment per age', () => {
    const { spec } = agingChart(aging, 'USD');
    expect(spec.labels).toEqual(['Owed']);
    expect(spec.series.map((s) => [s.label, s.values])).toEqual([
      ['Not yet due', [50]],
      ['1–30 days late', [200]],
      ['31–60 days late', [0]],
      ['61–90 days late', [0]],
      ['Over 90 days late', [300]],
    ]);
    expect(new Set(spec.series.map((s) => s.pattern)).size).toBe(5);
  });

  it('says what was owed and how much of it was late, and tables it by age', () => {
    const { summary, table } = agingChart(aging, 'USD');
    expect(summary).toBe(
      'On Mar 15, 2026, clients owed $550.00; $500.00 of it was past due. $300.00 was more than 90 days late.',
    );
    expect(table.caption).toBe('What clients owed on Mar 15, 2026, by how long it was past due');
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Not yet due', '$50.00', '$0.00', '1'],
      ['1–30 days late', '$200.00', '$0.00', '1'],
      ['31–60 days late', '$0.00', '$0.00', '0'],
      ['61–90 days late', '$0.00', '$0.00', '0'],
      ['Over 90 days late', '$300.00', '$0.00', '1'],
    ]);
  });

  it('shows the disputed part of each age apart, and says how much was in dispute', () => {
    const disputes = [makeDispute('2026-03-05', recent, 7500)];
    const withDispute = agingSnapshot(
      [acme, bolt],
      [old, recent, notDue],
      moneyOf([], { disputes }),
      '2026-03-15',
    );
    const { summary, table } = agingChart(withDispute, 'USD');
    expect(table.rows[1]).toEqual({
      header: '1–30 days late',
      cells: ['$200.00', '$75.00', '1'],
    });
    expect(summary).toBe(
      'On Mar 15, 2026, clients owed $550.00; $500.00 of it was past due. $300.00 was more than 90 days late. $75.00 of what was owed was in dispute.',
    );
  });

  it('says so when nothing was owed', () => {
    const none = agingChart(agingSnapshot([acme], [], moneyOf(), '2026-03-15'), 'EUR');
    expect(none.summary).toBe('On Mar 15, 2026, nobody owed you anything.');
    expect(none.table.rows[0]!.cells[0]).toBe('€0.00');
  });
});

describe('flowChart', () => {
  const split = makeJob({ orderedOn: '2026-01-10', invoicedOn: '2026-01-20', amount: 100000 });
  const flow = monthlyFlow(
    [split],
    moneyOf([
      makePayment('2026-01-30', [{ job: split, amount: 40000 }]),
      makePayment('2026-02-10', [{ job: split, amount: 60000 }]),
    ]),
    '2026-03-15',
    'USD',
  );
  const chart = flowChart(flow, 'USD');

  it('draws billed and received bars and a days-to-pay line with gaps for empty months', () => {
    expect(chart.spec.labels.at(-1)).toBe('Mar 26');
    const [billed, received, days] = chart.spec.series;
    expect(billed!.values.slice(-3)).toEqual([1000, 0, 0]);
    expect(received!.values.slice(-3)).toEqual([400, 600, 0]);
    expect(days!.values.slice(-3)).toEqual([null, 21, null]);
    expect(days!.kind).toBe('line');
  });

  it('tables every month and sums the year up in words', () => {
    expect(chart.table.rows.slice(-3).map((r) => [r.header, ...r.cells])).toEqual([
      ['January 2026', '$1,000.00', '$400.00', '—', '0'],
      ['February 2026', '$0.00', '$600.00', '21 days', '1'],
      ['March 2026', '$0.00', '$0.00', '—', '0'],
    ]);
    expect(chart.summary).toBe(
      'In the last 12 months you billed $1,000.00 and received $1,000.00. Jobs took 21 days on average from the bill to the last payment; the slowest month was February 2026.',
    );
  });
});

describe('slowestChart', () => {
  it('ranks clients by typical days beyond the grace, with the window each was read over', () => {
    const a = makeJob({ dueOn: '2026-01-01', amount: 10000 });
    const b = makeJob({ clientId: OTHER_CLIENT_ID, dueOn: '2026-01-01', amount: 10000 });
    const rows = slowestPayers(
      [acme, bolt],
      {
        jobs: [a, b],
        contacts: [],
        ...moneyOf([
          makePayment('2026-01-31', [{ job: a, amount: 10000 }]),
          makePayment('2026-01-09', [{ job: b, amount: 10000 }], { partyId: OTHER_CLIENT_ID }),
        ]),
        promises: [],
      },
      '2026-03-15',
      5,
    );
    const chart = slowestChart(rows);
    // 30 and 8 days late: 25 and 3 beyond the 5 days' grace.
    expect(chart.spec.labels).toEqual(['Acme Bakery', 'Bolt Garage']);
    expect(chart.spec.series[0]!.values).toEqual([25, 3]);
    expect(chart.table.rows[0]).toEqual({
      header: 'Acme Bakery',
      href: `#/people/${CLIENT_ID}`,
      cells: ['25 days', '25 days', '1 of 1', 'over the last invoice', 'too few invoices to tell'],
    });
    expect(chart.summary).toBe(
      'Acme Bakery pays slowest: 1 of 1 invoice late over the last invoice, typically 25 days beyond the grace (too few invoices to tell).',
    );
    expect(slowestChart([]).summary).toBe('No client has paid later than the grace days allow.');
  });
});

describe('goodwillChart', () => {
  it('sets each client’s goodwill beside the work they brought since', () => {
    const credited = makeJob({ dueOn: '2026-01-15', amount: 40000 });
    const lost = makeJob({ dueOn: '2026-01-15', amount: 25000 });
    const after = makeJob({ orderedOn: '2026-02-01', invoicedOn: '2026-02-01', amount: 90000 });
    const summary = goodwillSummary(
      [acme],
      {
        jobs: [credited, lost, after],
        payments: [],
        credits: [makeCredit('2026-01-20', credited, 40000)],
        writeOffs: [makeWriteOff('2026-01-25', lost, 25000)],
      },
      '2026-03-15',
    );
    const chart = goodwillChart(summary, 'USD', 'A deleted client');
    expect(chart.spec.series.map((s) => s.values)).toEqual([[400], [900]]);
    expect(chart.table.rows).toEqual([
      {
        header: 'Acme Bakery',
        href: `#/people/${CLIENT_ID}`,
        cells: ['$400.00', 'credited', 'Jan 20, 2026', '$900.00', '1', '$250.00'],
      },
    ]);
    expect(chart.summary).toBe(
      'Goodwill cost you $400.00 with 1 client. Since then they have brought $900.00 of work, and 1 of them came back. Written off as bad debt, and not counted as goodwill: $250.00.',
    );
  });
});

describe('historyChart', () => {
  it('a client with one job paid late shows one bar and says so', () => {
    const job = makeJob({ title: 'Shop sign', dueOn: '2026-01-31' });
    const history = jobLatenessHistory(
      CLIENT_ID,
      [job],
      moneyOf([makePayment('2026-02-10', [{ job, amount: 100000 }])]),
      '2026-03-15',
      5,
    );
    const chart = historyChart(history, 5);
    // Within the grace, beyond it, still owing.
    expect(chart.spec.series.map((s) => s.values)).toEqual([[null], [10], [null]]);
    expect(chart.table.rows).toEqual([
      { header: 'Shop sign', cells: ['Jan 31, 2026', '10', '5', 'Feb 10, 2026'] },
    ]);
    expect(chart.summary).toBe(
      '1 job has fallen due: 0 paid on time or within the grace of 5 days, 1 paid late, 0 still owing. The longest wait was 10 days.',
    );
  });

  it('a bill paid within the grace is drawn apart from a late one and counted as on time, to the day the money was sent', () => {
    const cheque = makeJob({ title: 'Cheque in the post', dueOn: '2026-01-10' });
    const early = makeJob({ title: 'Three days late', dueOn: '2026-01-31' });
    const late = makeJob({ title: 'Ten days late', dueOn: '2026-02-10' });
    const owing = makeJob({ title: 'Still owing', dueOn: '2026-03-01' });
    const history = jobLatenessHistory(
      CLIENT_ID,
      [cheque, early, late, owing],
      moneyOf([
        // Sent on the due day, received 10 days later: on time.
        makePayment('2026-01-20', [{ job: cheque, amount: 100000 }], { sentOn: '2026-01-10' }),
        makePayment('2026-02-03', [{ job: early, amount: 100000 }]),
        makePayment('2026-02-20', [{ job: late, amount: 100000 }]),
      ]),
      '2026-03-15',
      5,
    );
    const chart = historyChart(history, 5);
    expect(chart.spec.series.map((s) => s.values)).toEqual([
      [0, 3, null, null],
      [null, null, 10, null],
      [null, null, null, 14],
    ]);
    expect(chart.table.rows.map((r) => r.cells)).toEqual([
      ['Jan 10, 2026', '0', '0', 'Jan 10, 2026'],
      ['Jan 31, 2026', '3', '0', 'Feb 3, 2026'],
      ['Feb 10, 2026', '10', '5', 'Feb 20, 2026'],
      ['Mar 1, 2026', '14', '9', 'Not yet'],
    ]);
    expect(chart.summary).toBe(
      '4 jobs have fallen due: 2 paid on time or within the grace of 5 days, 1 paid late, 1 still owing. The longest wait was 14 days.',
    );
  });

  it('has nothing to chart before any job falls due', () => {
    expect(historyChart([], 5).summary).toBe(
      'No job has fallen due yet, so there is nothing to chart.',
    );
  });
});
