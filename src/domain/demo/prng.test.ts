import { describe, expect, it } from 'vitest';
import { idSchema } from '../records';
import { mulberry32, Random } from './prng';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('stays within [0, 1)', () => {
    const next = mulberry32(7);
    for (let i = 0; i < 10_000; i += 1) {
      const v = next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

describe('Random', () => {
  it('int covers both ends of its range and nothing outside', () => {
    const random = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(random.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('makes valid, repeatable version-4 UUIDs', () => {
    const ids = Array.from({ length: 50 }, () => new Random(9).uuid());
    expect(new Set(ids).size).toBe(1);
    const random = new Random(9);
    const many = Array.from({ length: 500 }, () => random.uuid());
    expect(new Set(many).size).toBe(500);
    for (const id of many) expect(idSchema.safeParse(id).success).toBe(true);
    expect(many[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('shuffles without losing or adding items', () => {
    const items = [1, 2, 3, 4, 5, 6];
    expect(new Random(3).shuffle(items).sort()).toEqual(items);
  });
});
