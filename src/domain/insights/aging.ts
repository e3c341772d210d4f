/**
 * What was owed on a chosen day, by age, with the clients behind each bucket: the figures of the
 * aging chart. Built on receivablesAging, so the home screen, the chart and the worksheets agree.
 */
import type { Day } from '../dates';
import { agingBuckets, receivablesAging, type AgingBucket } from '../metrics';
import { addToTotals, type Currency, type Totals } from '../money';
import type { Id, Job, Party, Payment } from '../records';
import { namesOf } from './ledger';

export interface AgingClient {
  clientId: Id;
  /** Empty when the client is gone (deleted): the screen says so. */
  name: string;
  amount: Totals;
  jobCount: number;
  oldestDaysOverdue: number;
}

export interface AgingBucketFigures {
  bucket: AgingBucket;
  amount: Totals;
  jobCount: number;
  /** Biggest debt first. */
  clients: AgingClient[];
}

export interface AgingSnapshot {
  asOf: Day;
  buckets: AgingBucketFigures[];
  owed: Totals;
  /** Past due (every bucket but `current`). */
  overdue: Totals;
  /** The currencies anything is owed in, alphabetical. */
  currencies: Currency[];
}

/** For ordering only: amounts in different currencies are never added for display. */
function weight(totals: Totals): number {
  return Object.values(totals).reduce((sum, v) => sum + v, 0);
}

export function agingSnapshot(
  parties: readonly Party[],
  jobs: readonly Job[],
  payments: readonly Payment[],
  asOf: Day,
): AgingSnapshot {
  const aging = receivablesAging(jobs, payments, asOf);
  const names = namesOf(parties);
  const perBucket = new Map<AgingBucket, Map<Id, AgingClient>>(
    agingBuckets.map((b) => [b, new Map()]),
  );
  const owed: Totals = {};
  const overdue: Totals = {};
  for (const row of aging.rows) {
    addToTotals(owed, row.currency, row.outstanding);
    if (row.bucket !== 'current') addToTotals(overdue, row.currency, row.outstanding);
    const clients = perBucket.get(row.bucket)!;
    let client = clients.get(row.clientId);
    if (!client) {
      client = {
        clientId: row.clientId,
        name: names.get(row.clientId) ?? '',
        amount: {},
        jobCount: 0,
        oldestDaysOverdue: 0,
      };
      clients.set(row.clientId, client);
    }
    addToTotals(client.amount, row.currency, row.outstanding);
    client.jobCount += 1;
    client.oldestDaysOverdue = Math.max(client.oldestDaysOverdue, row.daysOverdue);
  }
  const buckets = agingBuckets.map((bucket) => {
    const clients = [...perBucket.get(bucket)!.values()].sort(
      (a, b) => weight(b.amount) - weight(a.amount) || a.name.localeCompare(b.name),
    );
    return {
      bucket,
      amount: aging.totals[bucket],
      jobCount: clients.reduce((n, c) => n + c.jobCount, 0),
      clients,
    };
  });
  return { asOf, buckets, owed, overdue, currencies: Object.keys(owed).sort() };
}
