import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sameValue } from '../domain/same-value';
import { canonicalJson, canonicalWriter } from './canonical';

/** Keys that order differently as strings, as numbers and in insertion order, and odd ones. */
const oddKey = fc.constantFrom(
  '10',
  '2',
  '0',
  '01',
  '1a',
  '-1',
  '4294967295',
  '__proto__',
  'constructor',
  'toJSON',
  'length',
  '',
  'id',
  'Id',
  'stamps',
  'factOverrides',
  'é',
  'e\u0301',
  '日本',
  '\u{1F600}',
  '\uD800',
  'a"b',
  'a\\b',
  '\n',
);
const key = fc.oneof(
  oddKey,
  fc.constantFrom('a', 'b', 'c', 'amount', 'currency', 'deletedAt'),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

const leaf = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -0, NaN, Infinity, -Infinity, 1e21, 5e-324),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('\u2028', '\uDC00', '"', '</script>', '\u0000'),
);

/** JSON-like values: objects as records and as maps (`stamps`, `factOverrides`), any key order. */
const value = fc.letrec((tie) => ({
  leaf,
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 6 }),
    fc.dictionary(key, tie('node'), { maxKeys: 6, noNullPrototype: true }),
  ),
})).node;

/** A record like the stored ones: fixed fields, a map of stamps and a nested list of objects. */
const recordLike = fc.record({
  id: fc.uuid(),
  deletedAt: fc.option(fc.constant('2026-01-01T00:00:00.000Z')),
  stamps: fc.dictionary(key, fc.string({ maxLength: 8 }), { maxKeys: 5 }),
  amount: fc.record({ minor: fc.integer(), currency: fc.constantFrom('USD', 'EUR') }),
  factOverrides: fc.dictionary(key, leaf, { maxKeys: 5 }),
  reasons: fc.array(fc.record({ key: fc.string(), params: fc.dictionary(key, leaf) }), {
    maxLength: 3,
  }),
});

/** The same data with its keys inserted in sorted order, as JSON.parse of canonical JSON gives. */
function reparsed(v: unknown): unknown {
  return JSON.parse(canonicalJson(v)) as unknown;
}

/** The same data with every object's keys inserted in reverse order. */
function reversed(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(reversed);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).reverse()) {
    Object.defineProperty(out, k, {
      value: reversed((v as Record<string, unknown>)[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

// The merge breaks ties by canonical JSON and calls two values equal by sameValue: they must agree.
test('two values are sameValue exactly when their canonical JSON is the same', () => {
  fc.assert(
    fc.property(value, value, (a, b) => {
      expect(sameValue(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
      expect(sameValue(a, reversed(a))).toBe(true);
    }),
    { numRuns: 2000 },
  );
}, 60_000);

describe('canonicalWriter', () => {
  // One writer for every run, so its remembered shapes fill up and get replaced as in an export.
  const shared = canonicalWriter();

  test('writes the same bytes as canonicalJson for any JSON-like value, in any key order', () => {
    fc.assert(
      fc.property(value, (v) => {
        const expected = canonicalJson(v);
        const fresh = canonicalWriter();
        expect(fresh(v)).toBe(expected);
        expect(shared(v)).toBe(expected);
        expect(shared(reparsed(v))).toBe(expected);
        expect(shared(reversed(v))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  test('writes many records of a few shapes, maps of varying keys among them, as canonicalJson', () => {
    fc.assert(
      fc.property(fc.array(recordLike, { maxLength: 80 }), (records) => {
        const write = canonicalWriter();
        for (const record of records) {
          const expected = canonicalJson(record);
          expect(write(record)).toBe(expected);
          expect(write(reversed(record))).toBe(expected);
          expect(write(reparsed(record))).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test('orders integer-like keys as strings, as canonicalJson does, though V8 lists them by number', () => {
    const write = canonicalWriter();
    const map = { b: 1, '10': 2, '2': 3, a: 4, '01': 5 };
    expect(Object.keys(map)).toEqual(['2', '10', 'b', 'a', '01']);
    expect(write({ x: map })).toBe('{"x":{"01":5,"10":2,"2":3,"a":4,"b":1}}');
    expect(write({ x: map })).toBe(canonicalJson({ x: map }));
  });

  test('leaves out keys holding undefined and writes undefined in a list as null', () => {
    const write = canonicalWriter();
    expect(write({ b: undefined, a: [undefined, 1], c: { d: undefined } })).toBe(
      '{"a":[null,1],"c":{}}',
    );
  });

  test('writes a __proto__ key read from JSON as canonicalJson does', () => {
    const parsed = JSON.parse('{"z":1,"__proto__":{"polluted":true},"a":2}') as unknown;
    expect(canonicalWriter()(parsed)).toBe(canonicalJson(parsed));
    expect(canonicalWriter()({ list: [parsed] })).toBe(canonicalJson({ list: [parsed] }));
  });

  test('hands values that are not plain data to canonicalJson, keeping its output', () => {
    const write = canonicalWriter();
    class Point {
      y = 2;
      x = 1;
    }
    const odd: unknown[] = [
      { when: new Date(0) },
      { map: new Map([['a', 1]]) },
      { fn: () => 1, b: 1 },
      { sym: Symbol('s'), a: 1 },
      [() => 1, Symbol('s')],
      // eslint-disable-next-line no-sparse-arrays
      { holes: [1, , 3] },
      { point: new Point() },
      { boxed: new String('x') },
      { json: { toJSON: () => 'replaced', b: 1 } },
      undefined,
      () => 1,
    ];
    for (const v of odd) expect(write(v)).toBe(canonicalJson(v));
  });

  test('throws on a bigint as canonicalJson does', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    expect(() => canonicalWriter()({ n: 1n })).toThrow(TypeError);
  });

  test('does not change the value it writes', () => {
    const record = { b: { d: 1, c: [{ f: 1, e: 2 }] }, a: undefined };
    canonicalWriter()(record);
    expect(Object.keys(record)).toEqual(['b', 'a']);
    expect(Object.keys(record.b)).toEqual(['d', 'c']);
    expect(Object.keys(record.b.c[0]!)).toEqual(['f', 'e']);
  });
});
