import { describe, expect, test } from 'vitest';
import { joinBytes, utf8Pieces } from './utf8';

/** Bytes written out by hand: what each text must give. */
const cases: [string, number[]][] = [
  ['', []],
  ['{"a":1}', [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d]],
  // é is two bytes, Ж two, € three, 😀 (a surrogate pair) four.
  ['aé', [0x61, 0xc3, 0xa9]],
  ['Ж', [0xd0, 0x96]],
  ['x€y', [0x78, 0xe2, 0x82, 0xac, 0x79]],
  ['ab😀c', [0x61, 0x62, 0xf0, 0x9f, 0x98, 0x80, 0x63]],
];

describe('utf8Pieces', () => {
  test.each(cases)('gives the UTF-8 bytes of %j', (text, bytes) => {
    expect([...joinBytes(utf8Pieces(text))]).toEqual(bytes);
  });

  test('keeps an ASCII text in one piece of exactly its length', () => {
    const pieces = utf8Pieces('"payments": [\n  {"id":"p1"}\n]');
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.length).toBe(29);
  });

  test('encodes a long text with a non-ASCII character late in it whole and in order', () => {
    const text = `${'a'.repeat(5000)}Оплата 😀 ${'b'.repeat(3000)}`;
    const bytes = joinBytes(utf8Pieces(text));
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text);
    // 5000 + 12 for "Оплата" (6 letters of 2 bytes) + 1 + 4 + 1 + 3000
    expect(bytes.length).toBe(8018);
  });
});

describe('joinBytes', () => {
  test('joins pieces in order', () => {
    const joined = joinBytes([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])]);
    expect([...joined]).toEqual([1, 2, 3]);
  });
});
