/**
 * Long lists on a detail screen show their first few rows and a "Show all" control, so the page
 * reads top to bottom without a box that scrolls inside it.
 */
export interface Folded<T> {
  shown: readonly T[];
  /** How many rows the fold hides; 0 when everything is shown. */
  hidden: number;
}

/** The first `limit` items while folded, every item once opened. */
export function fold<T>(items: readonly T[], limit: number, open: boolean): Folded<T> {
  if (open || items.length <= limit) return { shown: items, hidden: 0 };
  const count = Math.max(0, Math.floor(limit));
  return { shown: items.slice(0, count), hidden: items.length - count };
}

/**
 * Jobs that still owe money first, the longest overdue of them first; the rest after, in the order
 * they came. What the owner chases is at the top of the list, above the fold.
 */
export function owingFirst<T extends { id: string }>(
  jobs: readonly T[],
  owing: (job: T) => { outstanding: number; daysOverdue: number } | undefined,
): T[] {
  const weight = (job: T) => {
    const o = owing(job);
    return o && o.outstanding > 0 ? [1, o.daysOverdue] : [0, 0];
  };
  return [...jobs].sort((a, b) => {
    const [oa, da] = weight(a);
    const [ob, db] = weight(b);
    return ob! - oa! || db! - da!;
  });
}
