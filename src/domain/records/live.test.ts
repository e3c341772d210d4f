import { expect, test } from 'vitest';
import { isLive, liveOnly } from './live';

test('a record with a tombstone is left out; the rest keep their order', () => {
  const rows = [
    { id: 1, deletedAt: null },
    { id: 2, deletedAt: '2026-04-01T00:00:00.000Z' },
    { id: 3, deletedAt: null },
  ];
  expect(liveOnly(rows).map((r) => r.id)).toEqual([1, 3]);
  expect(isLive(rows[1]!)).toBe(false);
});
