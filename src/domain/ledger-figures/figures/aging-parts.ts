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
import type { Totals } from '../../money';
import type { FigureParts } from '../ledger-figures';
import { sumTotals } from '../totals';

interface AgingPart {
  snapshot: AgingSnapshot;
  oldest: Map<AgingBucket, AgingRow>;
}

const weight = (totals: Totals) => Object.values(totals).reduce((sum, v) => sum + v, 0);

export const agingParts: FigureParts<[asOf: Day], AgingSnapshot, AgingPart> = {
  part(view, _shared, asOf) {
    const oldest = new Map<AgingBucket, AgingRow>();
    for (const row of receivablesAging(view.jobs, view, asOf).rows) {
      if (!oldest.has(row.bucket)) oldest.set(row.bucket, row);
    }
    return { snapshot: agingSnapshot(view.parties, view.jobs, view, asOf), oldest };
  },
  combine(parts, _shared, asOf) {
    const buckets = agingBuckets.map((bucket, i) => {
      const clients = parts
        .flatMap((p) =>
          p.snapshot.buckets[i]!.clients.map((client) => ({
            client,
            oldest: p.oldest.get(bucket)!,
          })),
        )
        .sort(
          (a, b) =>
            weight(b.client.amount) - weight(a.client.amount) ||
            a.client.name.localeCompare(b.client.name) ||
            oldestFirst(a.oldest, b.oldest),
        )
        .map((c): AgingClient => c.client);
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
