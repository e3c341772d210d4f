/** Per-currency sums of the parties' parts: whole-number minor units, so any order gives the same. */
import { addToTotals, type Totals } from '../money';

export function sumTotals(parts: Iterable<Totals>): Totals {
  const sum: Totals = {};
  for (const totals of parts) {
    // for…in rather than Object.entries: thousands of parts are summed per answer.
    for (const currency in totals) addToTotals(sum, currency, totals[currency]!);
  }
  return sum;
}

/** For ordering only: the sum over currencies, as the figures weigh a client's totals. */
export function weight(totals: Totals): number {
  let sum = 0;
  for (const currency in totals) sum += totals[currency]!;
  return sum;
}

/** The first `limit` of `rows` in `order`, as a stable sort then a slice would give them. */
export function firstInOrder<T>(
  rows: Iterable<T>,
  order: (a: T, b: T) => number,
  limit: number,
): T[] {
  const best: T[] = [];
  for (const row of rows) {
    if (best.length === limit && order(row, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(row, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, row);
    if (best.length > limit) best.pop();
  }
  return best;
}
