import { describe, expect, test } from 'vitest';
import { findNested, MAX_DEPTH, protoKeyPath, tooDeepPath } from './nesting';

/** `levels` lists inside one another around `inner`, built without recursion. */
function nested(levels: number, inner: unknown = 'x'): unknown {
  let value = inner;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('walking nested data without recursion', () => {
  test('a value 100,000 levels deep is walked without overflowing the stack', () => {
    const deep = { parties: [{ id: 'a' }, { id: 'b', notes: nested(100_000) }] };
    // The file is level 1, parties 2, the record 3, notes 4: the 33rd level is 29 lists into notes.
    expect(tooDeepPath(deep)).toEqual(['parties', 1, 'notes', ...Array<number>(29).fill(0)]);
  });

  test('exactly the limit is fine, one level more is not', () => {
    expect(MAX_DEPTH).toBe(32);
    expect(tooDeepPath(nested(32))).toBeUndefined();
    expect(tooDeepPath(nested(33))).toEqual(Array<number>(32).fill(0));
    expect(tooDeepPath('text')).toBeUndefined();
  });

  test('the path names the keys and indexes on the way, depth first, the first match only', () => {
    const data = { a: [1, { b: 2 }, { c: { d: [] } }], e: { f: [] } };
    const depthFour = (_: object, depth: number) => depth === 4;
    expect(findNested(data, depthFour)).toEqual(['a', 2, 'c']);
    expect(findNested(data, (value) => Array.isArray(value) && value.length === 0)).toEqual([
      'a',
      2,
      'c',
      'd',
    ]);
    expect(findNested(data, () => false)).toBeUndefined();
  });

  test('finds a __proto__ key as JSON.parse makes it, at any depth', () => {
    const parsed: unknown = JSON.parse('{"stamps":{"a":"1"},"list":[{},{"x":{"__proto__":{}}}]}');
    expect(protoKeyPath(parsed)).toEqual(['list', 1, 'x', '__proto__']);
    expect(protoKeyPath(JSON.parse('{"__proto__":1}'))).toEqual(['__proto__']);
    expect(protoKeyPath({ list: [{ proto: 1 }] })).toBeUndefined();
  });
});
