import { describe, expect, it } from 'vitest';
import { splitTenure } from './tenure';

describe('splitTenure', () => {
  it('splits months into whole years and the months left over', () => {
    expect(splitTenure(0)).toEqual({ years: 0, months: 0 });
    expect(splitTenure(11)).toEqual({ years: 0, months: 11 });
    expect(splitTenure(12)).toEqual({ years: 1, months: 0 });
    expect(splitTenure(27)).toEqual({ years: 2, months: 3 });
  });

  it('never goes below zero', () => {
    expect(splitTenure(-3)).toEqual({ years: 0, months: 0 });
  });
});
