/** Which fields a write changes, so only those get a new stamp and merge field by field. */

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function changedFields<T extends object>(
  before: Partial<T> | undefined,
  after: T,
): (keyof T)[] {
  return (Object.keys(after) as (keyof T)[]).filter(
    (key) => before === undefined || !sameValue(before[key], after[key]),
  );
}
