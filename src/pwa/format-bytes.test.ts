import { describe, expect, test } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  test.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [740_000, '740 kB'],
    [1_234_567, '1.2 MB'],
    [12_400_000, '12 MB'],
    [1_500_000_000, '1.5 GB'],
    [-5, '0 bytes'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });

  test('follows the locale’s decimal mark', () => {
    expect(formatBytes(1_500_000, 'de')).toBe('1,5 MB');
  });
});
