import { describe, expect, it } from 'vitest';
import { signedScore } from './format';

describe('a score in words', () => {
  it('writes a negative score with a true minus sign, in English and in Russian', () => {
    expect(signedScore(-67, 'en')).toBe('\u221267');
    expect(signedScore(-100, 'ru')).toBe('\u2212100');
  });

  it('writes a positive score with a plus and zero with no sign', () => {
    expect(signedScore(33, 'en')).toBe('+33');
    expect(signedScore(0, 'ru')).toBe('0');
  });

  it('rounds to whole points, and a score that rounds to zero has no sign', () => {
    expect(signedScore(-66.6, 'en')).toBe('\u221267');
    expect(signedScore(-0.4, 'en')).toBe('0');
  });
});
