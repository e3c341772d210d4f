import { describe, expect, it } from 'vitest';
import {
  OTHER_CLIENT_ID,
  makeJob,
  makeParty,
  makePayment,
  moneyOf,
  testId,
} from '../metrics/test-records';
import { slowestPayers } from './slowest';

const acme = makeParty();
const bolt = makeParty({ id: OTHER_CLIENT_ID, name: 'Bolt Garage' });
const prompt = makeParty({ id: testId(3), name: 'Punctual Pies' });

/** A job due on `dueOn`, paid in full `late` days later, for `client`. */
function paidLate(client: typeof acme, dueOn: string, late: number) {
  const job = makeJob({ clientId: client.id, orderedOn: '2025-01-01', dueOn, amount: 10000 });
  const day = new Date(Date.parse(`${dueOn}T00:00:00Z`) + late * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { job, payment: makePayment(day, [{ job, amount: 10000 }], { partyId: client.id }) };
}

describe('slowestPayers', () => {
  it('ranks clients by typical days beyond the grace and leaves out those never late beyond it', () => {
    const records = [
      paidLate(acme, '2025-06-01', 10),
      paidLate(acme, '2025-08-01', 30),
      paidLate(bolt, '2025-07-01', 8),
      // 5 days late is within the 5 days' grace: not late.
      paidLate(prompt, '2025-07-01', 5),
    ];
    const rows = slowestPayers(
      [acme, bolt, prompt],
      {
        ...moneyOf(records.map((r) => r.payment)),
        promises: [],
        contacts: [],
        jobs: records.map((r) => r.job),
      },
      '2026-03-15',
      5,
    );
    // Acme: 5 and 25 beyond the grace, median 15; Bolt: 3. Each window is its last bills.
    expect(
      rows.map((r) => [
        r.name,
        r.typicalDaysBeyondGrace,
        r.worstDaysBeyondGrace,
        r.late,
        r.counted,
      ]),
    ).toEqual([
      ['Acme Bakery', 15, 25, 2, 2],
      ['Bolt Garage', 3, 3, 1, 1],
    ]);
    expect(rows[0]!.window).toMatchObject({ kind: 'invoices', count: 2 });
    // Two jobs are too few to tell a direction.
    expect(rows[0]!.trend).toBe('unknown');
  });

  it('says a client is getting worse when the later half of their bills is later beyond the grace', () => {
    const records = [
      paidLate(acme, '2025-03-01', 0),
      paidLate(acme, '2025-05-01', 2),
      paidLate(acme, '2025-07-01', 20),
      paidLate(acme, '2025-09-01', 30),
    ];
    const [row] = slowestPayers(
      [acme],
      {
        ...moneyOf(records.map((r) => r.payment)),
        promises: [],
        contacts: [],
        jobs: records.map((r) => r.job),
      },
      '2026-03-15',
      5,
    );
    // Beyond the grace: 0, 0 | 15, 25.
    expect(row).toMatchObject({
      late: 2,
      share: 0.5,
      trend: 'worsening',
      earlierAverage: 0,
      laterAverage: 20,
    });
  });

  it('keeps only the slowest few', () => {
    const records = [paidLate(acme, '2025-06-01', 10), paidLate(bolt, '2025-07-01', 5)];
    const rows = slowestPayers(
      [acme, bolt],
      {
        ...moneyOf(records.map((r) => r.payment)),
        promises: [],
        contacts: [],
        jobs: records.map((r) => r.job),
      },
      '2026-03-15',
      5,
      1,
    );
    expect(rows.map((r) => r.name)).toEqual(['Acme Bakery']);
  });
});
