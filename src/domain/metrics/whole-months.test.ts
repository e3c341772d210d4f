import { describe, expect, it } from 'vitest';
import { wholeMonthsBetween } from './whole-months';

describe('wholeMonthsBetween', () => {
  it('a month is whole on the same day of the next month, not the day before', () => {
    expect(wholeMonthsBetween('2026-01-15', '2026-02-14')).toBe(0);
    expect(wholeMonthsBetween('2026-01-15', '2026-02-15')).toBe(1);
  });

  it('counts across years', () => {
    expect(wholeMonthsBetween('2024-02-15', '2026-03-15')).toBe(25);
    expect(wholeMonthsBetween('2024-02-15', '2026-03-14')).toBe(24);
  });

  it('the end of a long month reaches a whole month on the last day of a short one', () => {
    expect(wholeMonthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    // 2024 is a leap year, so 31 January is a month from 29 February, not 28.
    expect(wholeMonthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(wholeMonthsBetween('2024-01-31', '2024-02-29')).toBe(1);
  });

  it('is 0 for the same day or an earlier end', () => {
    expect(wholeMonthsBetween('2026-03-15', '2026-03-15')).toBe(0);
    expect(wholeMonthsBetween('2026-03-15', '2025-01-01')).toBe(0);
  });
});
