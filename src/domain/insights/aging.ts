/**
 * What was owed on a chosen day, by age, with the clients behind each bucket: the figures of the
 * aging chart. Built on receivablesAging, so the home screen, the chart and the worksheets agree.
 * Money in dispute stays in its bucket and is also given apart, per bucket and per client.
 */
import type { Day } from '../dates';
import { agingBuckets, receivablesAging, type AgingBucket, type MoneyRecords } from '../metrics';
import { addToTotals, type Currency, type Totals } from '../money';
import type { Id, Job, Party } from '../records';
import { namesOf } from './ledger';

export interface AgingClient {
  clientId: Id;
  /** Empty when the client is gone (deleted): the screen says so. */
  name: string;
  amount: Totals;
  /** Of `amount`, the part in dispute. */
  inDispute: Totals;
  jobCount: number;
  oldestDaysOverdue: number;
}

export interface AgingBucketFigures {
  bucket: AgingBucket;
  amount: Totals;
  /** Of `amount`, the part in dispute: still owed, shown apart. */
  inDispute: Totals;
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
  /** Of what is owed, the part in dispute. */
  inDispute: Totals;
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
  money: MoneyRecords,
  asOf: Day,
): AgingSnapshot {
  const aging = receivablesAging(jobs, money, asOf);
  const names = namesOf(parties);
  const perBucket = new Map<AgingBucket, Map<Id, AgingClient>>(
    agingBuckets.map((b) => [b, new Map()]),
  );
  const owed: Totals = {};
  const overdue: Totals = {};
  const inDispute: Totals = {};
  for (const row of aging.rows) {
    addToTotals(owed, row.currency, row.outstanding);
    if (row.inDispute > 0) addToTotals(inDispute, row.currency, row.inDispute);
    if (row.bucket !== 'current') addToTotals(overdue, row.currency, row.outstanding);
    const clients = perBucket.get(row.bucket)!;
    let client = clients.get(row.clientId);
    if (!client) {
      client = {
        clientId: row.clientId,
        name: names.get(row.clientId) ?? '',
        amount: {},
        inDispute: {},
        jobCount: 0,
        oldestDaysOverdue: 0,
      };
      clients.set(row.clientId, client);
    }
    addToTotals(client.amount, row.currency, row.outstanding);
    if (row.inDispute > 0) addToTotals(client.inDispute, row.currency, row.inDispute);
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
      inDispute: aging.disputed[bucket],
      jobCount: clients.reduce((n, c) => n + c.jobCount, 0),
      clients,
    };
  });
  return { asOf, buckets, owed, overdue, inDispute, currencies: Object.keys(owed).sort() };
}
