import { RangeSet } from 'dexie';
import { describe, expect, test } from 'vitest';
import { addMutatedParts, keysOf, type Dirty } from './mutated-keys';

/** The set Dexie reports for a write of these keys (another tab receives it structured-cloned). */
function keySet(...keys: string[]): RangeSet {
  return new RangeSet().addKeys(keys);
}

describe('the keys a write changed', () => {
  test('are read from a set of single keys, in this tab or cloned from another', () => {
    const set = keySet('b', 'a', 'c');
    expect(keysOf(set)?.sort()).toEqual(['a', 'b', 'c']);
    expect(keysOf(structuredClone(set))?.sort()).toEqual(['a', 'b', 'c']);
  });

  test('are unknown where the set holds a range', () => {
    expect(keysOf({ from: 'a', to: 'z', l: null, r: null, d: 1 })).toBeUndefined();
    expect(keysOf({ from: -Infinity, to: [[]], d: 1 })).toBeUndefined();
  });

  test('are none for an empty set', () => {
    expect(keysOf({ d: 0 })).toEqual([]);
  });
});

describe('what changed in the ledger', () => {
  test("takes the primary key's part of the ledger's tables of this database only", () => {
    const dirty: Dirty = new Map();
    addMutatedParts(
      dirty,
      {
        'idb://ledger/jobs/': keySet('j1'),
        'idb://ledger/jobs/:dels': keySet('j1'),
        'idb://ledger/jobs/clientId': keySet('c9'),
        'idb://ledger/meta/': keySet('clock'),
        'idb://other/payments/': keySet('p1'),
      },
      'ledger',
    );
    expect(dirty).toEqual(new Map([['jobs', new Set(['j1'])]]));
  });

  test('reads a table whole after a range, and every table after "all"', () => {
    const dirty: Dirty = new Map();
    addMutatedParts(dirty, { 'idb://ledger/contacts/': { from: 'a', to: 'z' } }, 'ledger');
    addMutatedParts(dirty, { 'idb://ledger/contacts/': keySet('x') }, 'ledger');
    expect(dirty.get('contacts')).toBe('whole');
    addMutatedParts(dirty, { all: { from: -Infinity, to: [[]] } }, 'ledger');
    expect(dirty.size).toBe(9);
    expect([...dirty.values()].every((v) => v === 'whole')).toBe(true);
  });

  test('reads a table whole once too many keys have changed in it', () => {
    const dirty: Dirty = new Map();
    const keys = Array.from({ length: 5_001 }, (_, i) => `k${i}`);
    addMutatedParts(dirty, { 'idb://ledger/payments/': keySet(...keys) }, 'ledger');
    expect(dirty.get('payments')).toBe('whole');
  });
});
