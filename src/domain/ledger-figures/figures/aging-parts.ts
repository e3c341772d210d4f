/**
 * The aging chart, per party: the party's own snapshot (one client row per bucket at most) and its
 * oldest row in each bucket, which places it among clients alike in amount and name as the whole
 * chart does.
 */
import type { Day } from '../../dates';
import { agingSnapshot, type AgingClient, type AgingSnapshot } from '../../insights/aging';
import {
  agingBuckets,
  oldestFirst,
  receivablesAging,
  type AgingBucket,
  type AgingRow,
} from '../../metrics/aging';
import type { FigureParts } from '../ledger-figures';
import { sumTotals, weight } from '../totals';

interface AgingPart {
  snapshot: AgingSnapshot;
  oldest: Map<AgingBucket, AgingRow>;
}

export const agingParts: FigureParts<[asOf: Day], AgingSnapshot, AgingPart> = {
  part(view, _shared, asOf) {
    const snapshot = agingSnapshot(view.parties, view.jobs, view, asOf);
    const oldest = new Map<AgingBucket, AgingRow>();
    // Only a client listed in a bucket is placed among others there.
    if (snapshot.buckets.some((b) => b.clients.length > 0)) {
      for (const row of receivablesAging(view.jobs, view, asOf).rows) {
        if (!oldest.has(row.bucket)) oldest.set(row.bucket, row);
      }
    }
    return { snapshot, oldest };
  },
  combine(parts, _shared, asOf) {
    const buckets = agingBuckets.map((bucket, i) => {
      // Each client weighed once, not at every comparison.
      const rows: { client: AgingClient; weight: number; oldest: AgingRow }[] = [];
      for (const p of parts) {
        for (const client of p.snapshot.buckets[i]!.clients) {
          rows.push({ client, weight: weight(client.amount), oldest: p.oldest.get(bucket)! });
        }
      }
      const clients = rows
        .sort(
          (a, b) =>
            b.weight - a.weight ||
            a.client.name.localeCompare(b.client.name) ||
            oldestFirst(a.oldest, b.oldest),
        )
        .map((c) => c.client);
      return {
        bucket,
        amount: sumTotals(parts.map((p) => p.snapshot.buckets[i]!.amount)),
        inDispute: sumTotals(parts.map((p) => p.snapshot.buckets[i]!.inDispute)),
        jobCount: clients.reduce((n, c) => n + c.jobCount, 0),
        clients,
      };
    });
    const owed = sumTotals(parts.map((p) => p.snapshot.owed));
    return {
      asOf,
      buckets,
      owed,
      overdue: sumTotals(parts.map((p) => p.snapshot.overdue)),
      inDispute: sumTotals(parts.map((p) => p.snapshot.inDispute)),
      currencies: Object.keys(owed).sort(),
    };
  },
};
