import { describe, expect, test } from 'vitest';
import {
  duplicateNumbers,
  isSeries,
  nextSequence,
  normaliseSeries,
  seriesFromDeviceId,
  seriesSharedWith,
} from './numbering';

describe('invoice numbering', () => {
  test('a new series starts at 1', () => {
    expect(nextSequence([], 'A')).toBe(1);
    expect(nextSequence([{ series: 'B', sequence: 9 }], 'A')).toBe(1);
  });

  test('the next number is one past the highest of the series, gaps left as they are', () => {
    const issued = [
      { series: 'A', sequence: 1 },
      { series: 'A', sequence: 4 },
      { series: 'A', sequence: 2 },
      { series: 'B', sequence: 40 },
    ];
    // Highest of A is 4, so 5; B's 40 is another device's series and does not count.
    expect(nextSequence(issued, 'A')).toBe(5);
    expect(nextSequence(issued, 'B')).toBe(41);
  });

  test('a voided or deleted invoice keeps its number taken', () => {
    const issued = [
      { series: 'A', sequence: 1, voidedOn: null, deletedAt: null },
      { series: 'A', sequence: 2, voidedOn: '2026-03-01', deletedAt: null },
      { series: 'A', sequence: 3, voidedOn: null, deletedAt: '2026-03-02T10:00:00.000Z' },
    ];
    expect(nextSequence(issued, 'A')).toBe(4);
  });

  test('a series is one to eight capital letters or digits', () => {
    expect(isSeries('A')).toBe(true);
    expect(isSeries('OFFICE26')).toBe(true);
    expect(isSeries('')).toBe(false);
    expect(isSeries('office')).toBe(false);
    expect(isSeries('TOOLONG99')).toBe(false);
    expect(isSeries('A-1')).toBe(false);
    expect(normaliseSeries(' office ')).toBe('OFFICE');
  });

  test("a device's first series comes from its id and is a valid series", () => {
    expect(seriesFromDeviceId('3f9a0c1e-7b2d-4e5f-8a9b-0c1d2e3f4a5b')).toBe('3F9A');
    expect(seriesFromDeviceId('-')).toBe('A');
    expect(isSeries(seriesFromDeviceId(crypto.randomUUID()))).toBe(true);
  });
});

describe('two devices on one series', () => {
  const me = 'aaaaaaaa-0000-4000-8000-000000000001';
  const other = 'bbbbbbbb-0000-4000-8000-000000000002';
  const stamped = (series: string, sequence: number, device: string) => ({
    series,
    sequence,
    stamps: { sequence: `000001700000000-000000-${device}` },
  });

  test('is noticed from the device that stamped each number', () => {
    const invoices = [stamped('A', 1, me), stamped('B', 1, other)];
    expect(seriesSharedWith(invoices, 'A', me)).toBe(false);
    expect(seriesSharedWith([...invoices, stamped('A', 2, other)], 'A', me)).toBe(true);
    expect(seriesSharedWith([{ series: 'A', stamps: {} }], 'A', me)).toBe(false);
  });

  test('a number held twice is listed once', () => {
    const invoices = [stamped('A', 1, me), stamped('A', 1, other), stamped('A', 2, me)];
    expect(duplicateNumbers(invoices)).toEqual(['A-0001']);
  });
});
