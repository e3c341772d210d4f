/** Which fields a write changes, so only those get a new stamp and merge field by field. */
import { sameValue } from '../same-value';

export function changedFields<T extends object>(
  before: Partial<T> | undefined,
  after: T,
): (keyof T)[] {
  return (Object.keys(after) as (keyof T)[]).filter(
    (key) => before === undefined || !sameValue(before[key], after[key]),
  );
}
