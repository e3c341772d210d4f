import { describe, expect, it } from 'vitest';
import { fold, owingFirst } from './fold';

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

describe('owingFirst', () => {
  const jobs = [
    { id: 'paid-new' },
    { id: 'owes-10-days' },
    { id: 'paid-old' },
    { id: 'owes-not-due' },
    { id: 'owes-40-days' },
  ];
  const balances: Record<string, { outstanding: number; daysOverdue: number }> = {
    'paid-new': { outstanding: 0, daysOverdue: 0 },
    'owes-10-days': { outstanding: 5_000, daysOverdue: 10 },
    'owes-not-due': { outstanding: 2_000, daysOverdue: 0 },
    'owes-40-days': { outstanding: 100, daysOverdue: 40 },
  };

  it('puts the jobs that owe first, longest overdue first, then the rest as they came', () => {
    expect(owingFirst(jobs, (j) => balances[j.id]).map((j) => j.id)).toEqual([
      'owes-40-days',
      'owes-10-days',
      'owes-not-due',
      'paid-new',
      'paid-old',
    ]);
  });
});
