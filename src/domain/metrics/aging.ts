/**
 * Receivables aging: what is owed, grouped by how long past due, as of any day. The balances come
 * from jobBalances for that day, so a past date shows what was owed then, not what is owed now.
 * Money in dispute stays in its bucket (it is still owed) and is also totalled apart, so a screen
 * can show how much of each bucket the client questions.
 */
import type { Day } from '../dates';
import { addToTotals, type Currency, type Totals } from '../money';
import type { Id, Job } from '../records';
import { jobBalances, type MoneyRecords } from './job-balance';

export const agingBuckets = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

export function bucketFor(daysOverdue: number): AgingBucket {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return 'd1_30';
  if (daysOverdue <= 60) return 'd31_60';
  if (daysOverdue <= 90) return 'd61_90';
  return 'd90_plus';
}

export interface AgingRow {
  jobId: Id;
  clientId: Id;
  currency: Currency;
  outstanding: number;
  /** Of what is outstanding, the part an open dispute questions. */
  inDispute: number;
  dueOn: Day | null;
  daysOverdue: number;
  bucket: AgingBucket;
}

export interface ClientAging {
  buckets: Record<AgingBucket, Totals>;
  outstanding: Totals;
  /** Of what they owe, the part in dispute. */
  inDispute: Totals;
  oldestDaysOverdue: number;
}

export interface ReceivablesAging {
  /** Oldest first, so the debts most in need of a call head the list. */
  rows: AgingRow[];
  totals: Record<AgingBucket, Totals>;
  /** Of each bucket's totals, the part in dispute (already inside `totals`). */
  disputed: Record<AgingBucket, Totals>;
  byClient: Map<Id, ClientAging>;
}

function emptyBuckets(): Record<AgingBucket, Totals> {
  return { current: {}, d1_30: {}, d31_60: {}, d61_90: {}, d90_plus: {} };
}

/** Most days overdue first, then earliest due (none last), then by job: a total order. */
export function oldestFirst(a: AgingRow, b: AgingRow): number {
  if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0;
}

export function receivablesAging(
  jobs: readonly Job[],
  money: MoneyRecords,
  asOf: Day,
): ReceivablesAging {
  const rows: AgingRow[] = [];
  for (const b of jobBalances(jobs, money, asOf).values()) {
    if (b.outstanding <= 0) continue;
    rows.push({
      jobId: b.jobId,
      clientId: b.clientId,
      currency: b.currency,
      outstanding: b.outstanding,
      inDispute: b.inDispute,
      dueOn: b.dueOn,
      daysOverdue: b.daysOverdue,
      bucket: bucketFor(b.daysOverdue),
    });
  }
  rows.sort(oldestFirst);

  const totals = emptyBuckets();
  const disputed = emptyBuckets();
  const byClient = new Map<Id, ClientAging>();
  for (const row of rows) {
    addToTotals(totals[row.bucket], row.currency, row.outstanding);
    if (row.inDispute > 0) addToTotals(disputed[row.bucket], row.currency, row.inDispute);
    let client = byClient.get(row.clientId);
    if (client === undefined) {
      client = {
        buckets: emptyBuckets(),
        outstanding: {},
        inDispute: {},
        oldestDaysOverdue: 0,
      };
      byClient.set(row.clientId, client);
    }
    addToTotals(client.buckets[row.bucket], row.currency, row.outstanding);
    addToTotals(client.outstanding, row.currency, row.outstanding);
    if (row.inDispute > 0) addToTotals(client.inDispute, row.currency, row.inDispute);
    client.oldestDaysOverdue = Math.max(client.oldestDaysOverdue, row.daysOverdue);
  }
  return { rows, totals, disputed, byClient };
}
