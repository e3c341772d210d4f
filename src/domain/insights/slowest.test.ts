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
  it('ranks clients by average days late and leaves out those always on time', () => {
    const records = [
      paidLate(acme, '2025-06-01', 10),
      paidLate(acme, '2025-08-01', 30),
      paidLate(bolt, '2025-07-01', 5),
      paidLate(prompt, '2025-07-01', 0),
    ];
    const rows = slowestPayers(
      [acme, bolt, prompt],
      records.map((r) => r.job),
      { ...moneyOf(records.map((r) => r.payment)), promises: [] },
      '2026-03-15',
    );
    expect(rows.map((r) => [r.name, r.averageDaysLate, r.worstDaysLate, r.settledCount])).toEqual([
      ['Acme Bakery', 20, 30, 2],
      ['Bolt Garage', 5, 5, 1],
    ]);
    // Two jobs are too few to tell a direction.
    expect(rows[0]!.trend).toBe('unknown');
  });

  it('says a client is getting worse when the recent half of their jobs is later', () => {
    const records = [
      paidLate(acme, '2025-03-01', 0),
      paidLate(acme, '2025-05-01', 2),
      paidLate(acme, '2025-07-01', 20),
      paidLate(acme, '2025-09-01', 30),
    ];
    const [row] = slowestPayers(
      [acme],
      records.map((r) => r.job),
      { ...moneyOf(records.map((r) => r.payment)), promises: [] },
      '2026-03-15',
    );
    expect(row).toMatchObject({
      averageDaysLate: 13,
      onTimeRate: 0.25,
      trend: 'worsening',
      earlierAverage: 1,
      recentAverage: 25,
    });
  });

  it('keeps only the slowest few', () => {
    const records = [paidLate(acme, '2025-06-01', 10), paidLate(bolt, '2025-07-01', 5)];
    const rows = slowestPayers(
      [acme, bolt],
      records.map((r) => r.job),
      { ...moneyOf(records.map((r) => r.payment)), promises: [] },
      '2026-03-15',
      1,
    );
    expect(rows.map((r) => r.name)).toEqual(['Acme Bakery']);
  });
});
