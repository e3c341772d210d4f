import { describe, expect, it } from 'vitest';
import { recallDisplay, rememberDisplay } from './display-memory';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe('display memory', () => {
  it('recalls the language and theme last remembered', () => {
    const storage = memoryStorage();
    rememberDisplay({ locale: 'ru', theme: 'dark' }, storage);
    expect(recallDisplay(storage)).toEqual({ locale: 'ru', theme: 'dark' });
  });

  it('recalls nothing on a first visit, from a damaged copy, or without storage', () => {
    const storage = memoryStorage();
    expect(recallDisplay(storage)).toBeUndefined();
    storage.setItem('goodwill.display', '{not json');
    expect(recallDisplay(storage)).toBeUndefined();
    storage.setItem('goodwill.display', '{"locale":1}');
    expect(recallDisplay(storage)).toBeUndefined();
    expect(recallDisplay(undefined)).toBeUndefined();
  });

  it('survives storage that refuses to write', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberDisplay({ locale: 'en', theme: 'light' }, refusing)).not.toThrow();
  });
});
