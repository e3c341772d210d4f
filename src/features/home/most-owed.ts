/**
 * Home's short list of clients who owe: the ones owing most come first, so the top few are the
 * ones worth a call today. Amounts in other currencies cannot be weighed against the owner's
 * currency, so those clients follow, in the order they came (most overdue first).
 */
import type { Currency, Totals } from '../../domain/money';

export function mostOwedFirst<T extends { outstanding: Totals }>(
  debtors: readonly T[],
  currency: Currency,
): T[] {
  const owed = (d: T) => d.outstanding[currency] ?? 0;
  // Array.prototype.sort is stable: equal amounts keep the order they came in.
  return [...debtors].sort((a, b) => owed(b) - owed(a));
}
