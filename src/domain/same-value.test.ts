import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sameValue } from './same-value';

/** The reference meaning: JSON with its keys sorted at every level, built the slow obvious way. */
function sortedJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(sorted);
    const record = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sorted(record[key])]),
    );
  };
  return JSON.stringify(sorted(value)) ?? 'null';
}

const sameJson = (a: unknown, b: unknown) => sortedJson(a) === sortedJson(b);

/** JSON-like values with the odd cases JSON.stringify treats specially mixed in. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(null, undefined, 0, -0, 1, NaN, Infinity, true, false, '', 'a', '1', 'null'),
    fc.string({ maxLength: 3 }),
    fc.integer({ min: -3, max: 3 }),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'id'), tie('node'), { maxKeys: 3 }),
  ),
})).node;

describe('sameValue', () => {
  test('agrees with comparing canonical JSON on random values and their shuffled copies', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameValue(a, b)).toBe(sameJson(a, b));
        const copy: unknown = JSON.parse(JSON.stringify({ v: a }) ?? 'null').v;
        expect(sameValue(a, copy)).toBe(sameJson(a, copy));
      }),
      { numRuns: 2000 },
    );
  });

  test('ignores key order and keys holding undefined, like the canonical form', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([undefined], [null])).toBe(true);
  });

  test('tells apart a null field from a missing one, and a number from its string', () => {
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue({ a: null }, {})).toBe(false);
    expect(sameValue({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
