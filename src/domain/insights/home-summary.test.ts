import { describe, expect, it } from 'vitest';
import {
  CLIENT_ID,
  OTHER_CLIENT_ID,
  makeCredit,
  makeDispute,
  makeJob,
  makeParty,
  makePayment,
  makePromise,
  makeWriteOff,
  moneyOf,
} from '../metrics/test-records';
import { homeSummary } from './home-summary';

const acme = makeParty();
const bolt = makeParty({ id: OTHER_CLIENT_ID, name: 'Bolt Garage' });
const AS_OF = '2026-04-15';

describe('Home at a glance', () => {
  it('owed, overdue, in dispute and in the mail, each apart', () => {
    // Due 31 March: 1500.00 billed, 500.00 credited, 400.00 in dispute; 200.00 posted, not here.
    const job = makeJob({ dueOn: '2026-03-31', amount: 150000 });
    const notDue = makeJob({ clientId: OTHER_CLIENT_ID, dueOn: '2026-04-30', amount: 30000 });
    const summary = homeSummary(
      {
        parties: [acme, bolt],
        jobs: [job, notDue],
        promises: [],
        ...moneyOf(
          [makePayment('2026-04-20', [{ job, amount: 20000 }], { sentOn: '2026-04-12' })],
          {
            credits: [makeCredit('2026-04-01', job, 50000)],
            disputes: [makeDispute('2026-04-02', job, 40000)],
          },
        ),
      },
      AS_OF,
    );
    // 1500.00 − 500.00 = 1000.00 owed by Acme, overdue 15 days; 300.00 by Bolt, not due.
    expect(summary).toMatchObject({
      owed: { USD: 130000 },
      overdue: { USD: 100000 },
      inDispute: { USD: 40000 },
      inTheMail: { USD: 20000 },
      overdueJobs: 1,
    });
    expect(summary.debtors.map((d) => [d.name, d.oldestDaysOverdue, d.inDispute])).toEqual([
      ['Acme Bakery', 15, { USD: 40000 }],
      ['Bolt Garage', 0, {}],
    ]);
  });

  it('a written-off job is not owed and not overdue', () => {
    const job = makeJob({ dueOn: '2026-01-31', amount: 40000 });
    const summary = homeSummary(
      {
        parties: [acme],
        jobs: [job],
        promises: [],
        ...moneyOf([], { writeOffs: [makeWriteOff('2026-03-01', job, 40000)] }),
      },
      AS_OF,
    );
    expect(summary).toMatchObject({ owed: {}, overdue: {}, overdueJobs: 0, debtors: [] });
  });

  it('a client with an open promise is shown as promised until the day they named', () => {
    const job = makeJob({ dueOn: '2026-03-31', amount: 100000 });
    const promises = [
      makePromise('2026-04-10', '2026-04-20', 100000),
      makePromise('2026-04-11', '2026-04-18', 20000, { jobId: job.id }),
    ];
    const data = { parties: [acme], jobs: [job], promises, ...moneyOf() };
    expect(homeSummary(data, AS_OF).debtors[0]).toMatchObject({
      clientId: CLIENT_ID,
      oldestDaysOverdue: 15,
      promisedBy: '2026-04-18',
    });
    // The 18th passed with nothing sent: that promise is broken, the other still stands.
    expect(homeSummary(data, '2026-04-19').debtors[0]!.promisedBy).toBe('2026-04-20');
    expect(homeSummary(data, '2026-04-21').debtors[0]!.promisedBy).toBeNull();
  });
});
