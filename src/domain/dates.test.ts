import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daySchema } from './date-schemas';
import {
  addDays,
  addMonths,
  daysBetween,
  dayOf,
  isDay,
  isRealDay,
  wholeMonthsBetween,
} from './dates';

describe('calendar days', () => {
  test('adding days crosses months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 30)).toBe('2027-01-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('days between two days is whole and signed, unaffected by daylight saving', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  test('day arithmetic agrees with the calendar for any day from year 1 to 9999', () => {
    const MS = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const first = Date.parse('0001-01-01T00:00:00Z');
    const last = Date.parse('9999-12-31T00:00:00Z');
    const day = fc.integer({ min: first / MS, max: last / MS }).map((n) => iso(n * MS));
    fc.assert(
      fc.property(day, day, (from, to) => {
        const between = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS;
        expect(daysBetween(from, to)).toBe(between);
        expect(addDays(from, between)).toBe(to);
      }),
      { numRuns: 2000 },
    );
  });

  test('a day is real exactly when the calendar has it, for any digits', () => {
    const calendarHas = (value: string) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    };
    const digits = (n: number) =>
      fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        expect(isRealDay(`${y}-${m}-${d}`)).toBe(calendarHas(`${y}-${m}-${d}`));
      }),
      { numRuns: 5000 },
    );
    for (const day of ['2024-02-29', '2000-02-29', '1900-02-29', '2026-04-31', '2026-12-31']) {
      expect(isRealDay(day)).toBe(calendarHas(day));
    }
  });

  test('adding months keeps the day or clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -12)).toBe('2025-03-15');
  });

  test('only real calendar days pass', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26-1-1')).toBe(false);
    expect(daySchema.safeParse('2026-04-31').success).toBe(false);
  });

  test('the day of an instant is the local calendar day', () => {
    expect(dayOf(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
  });
});

describe('wholeMonthsBetween', () => {
  test('a month is whole on the same day of the next month, not the day before', () => {
    expect(wholeMonthsBetween('2026-01-15', '2026-02-14')).toBe(0);
    expect(wholeMonthsBetween('2026-01-15', '2026-02-15')).toBe(1);
  });

  test('counts across years', () => {
    expect(wholeMonthsBetween('2024-02-15', '2026-03-15')).toBe(25);
    expect(wholeMonthsBetween('2024-02-15', '2026-03-14')).toBe(24);
  });

  test('the end of a long month reaches a whole month on the last day of a short one', () => {
    expect(wholeMonthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    // 2024 is a leap year, so 31 January is a month from 29 February, not 28.
    expect(wholeMonthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(wholeMonthsBetween('2024-01-31', '2024-02-29')).toBe(1);
  });

  test('is 0 for the same day or an earlier end', () => {
    expect(wholeMonthsBetween('2026-03-15', '2026-03-15')).toBe(0);
    expect(wholeMonthsBetween('2026-03-15', '2025-01-01')).toBe(0);
  });
});
