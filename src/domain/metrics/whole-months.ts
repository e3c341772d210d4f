import { addMonths, type Day } from '../dates';

/**
 * Whole calendar months from `from` to `to` (0 when `to` is earlier). A month ending on a shorter
 * month's last day counts as whole, as addMonths clamps: 31 January to 28 February 2025 is one month.
 */
export function wholeMonthsBetween(from: Day, to: Day): number {
  if (to <= from) return 0;
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return addMonths(from, months) <= to ? months : months - 1;
}
