import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

  it('shows the first few rows and counts the ones folded away', () => {
    expect(fold(items, 5, false)).toEqual({ shown: ['a', 'b', 'c', 'd', 'e'], hidden: 2 });
  });

  it('shows every row once opened', () => {
    expect(fold(items, 5, true)).toEqual({ shown: items, hidden: 0 });
  });

  it('hides nothing when the list is no longer than the limit', () => {
    expect(fold(['a', 'b'], 5, false)).toEqual({ shown: ['a', 'b'], hidden: 0 });
    expect(fold(['a', 'b', 'c', 'd', 'e'], 5, false)).toEqual({
      shown: ['a', 'b', 'c', 'd', 'e'],
      hidden: 0,
    });
  });

  it('treats a limit of zero as everything folded', () => {
    expect(fold(['a', 'b'], 0, false)).toEqual({ shown: [], hidden: 2 });
  });
});
