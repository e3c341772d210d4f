/**
 * Quantities on a job's lines: how many units were ordered, and of them how many went wrong. A
 * quantity may have up to two decimals (2.5 hours); the arithmetic runs on hundredths, whole
 * numbers, so a line's total is exact before its one rounding to minor units.
 */

export const MAX_QUANTITY = 1_000_000;

/** A quantity in hundredths of a unit (2.5 → 250), or null when it has more than two decimals. */
export function hundredths(quantity: number): number | null {
  const scaled = Math.round(quantity * 100);
  return Math.abs(scaled - quantity * 100) < 1e-6 ? scaled : null;
}

/** Whether a number can be a quantity: finite, not negative, at most two decimals, bounded. */
export function isQuantity(value: number): boolean {
  return (
    Number.isFinite(value) && value >= 0 && value <= MAX_QUANTITY && hundredths(value) !== null
  );
}

/**
 * `quantity` units at `unitPrice` minor units each, rounded half up to a whole minor unit. Both
 * factors are bounded by the schemas so the product of hundredths stays a safe integer.
 */
export function quantityTimes(quantity: number, unitPrice: number): number {
  const q = hundredths(quantity) ?? Math.round(quantity * 100);
  return Math.round((q * unitPrice) / 100);
}
