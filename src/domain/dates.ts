/**
 * The one place dates are handled. A calendar day is a `YYYY-MM-DD` string (no time zone: a job
 * done "on the 3rd" is done on the 3rd wherever the phone is); an instant is a full ISO string.
 * Day arithmetic runs in UTC so that daylight-saving changes never make a day 23 or 25 hours long.
 */
import type { z } from 'zod';
import type { daySchema, instantSchema } from './date-schemas';

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

// Every date of every record of an imported file is checked here, so the calendar is worked out
// from the digits rather than by building a Date and printing it back.
export function isRealDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// The schemas live in date-schemas.ts, so the date arithmetic a first visit needs comes without zod.
export type Day = z.infer<typeof daySchema>;
export type Instant = z.infer<typeof instantSchema>;

export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && isRealDay(value);
}

// These two run hundreds of thousands of times over a large ledger, so they read and write the
// digits directly: parsing and printing ISO strings made up most of a balance computation.
function digit(day: string, at: number): number {
  return day.charCodeAt(at) - 48;
}

function dayToUtcMs(day: Day): number {
  const year = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const month = digit(day, 5) * 10 + digit(day, 6);
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year < 100) return Date.parse(`${day}T00:00:00Z`);
  return Date.UTC(year, month - 1, digit(day, 8) * 10 + digit(day, 9));
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function utcMsToDay(ms: number): Day {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** The local calendar day of an instant (what the person holding the phone would call "today"). */
export function dayOf(instant: Date): Day {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function today(now: Date = new Date()): Day {
  return dayOf(now);
}

export function nowInstant(now: Date = new Date()): Instant {
  return now.toISOString();
}

/**
 * A record's new `updatedAt` when it changes now: never before its last one, even when the wall
 * clock has stepped back. Merges keep the latest `updatedAt`, so a device that lowered it would
 * hold a record its peers never do.
 */
export function touchedAt(previous: Instant | undefined, now: Instant): Instant {
  return previous !== undefined && previous > now ? previous : now;
}

export function addDays(day: Day, days: number): Day {
  return utcMsToDay(dayToUtcMs(day) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / MS_PER_DAY);
}

export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return utcMsToDay(target.getTime());
}

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

export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

/** A `Date` for formatting a day with Intl; noon UTC keeps it on the same date in every zone. */
export function dayToDate(day: Day): Date {
  return new Date(`${day}T12:00:00Z`);
}
