import { afterEach, describe, expect, test, vi } from 'vitest';
import { pause } from './progress';

afterEach(() => vi.unstubAllGlobals());

describe('pause', () => {
  test('yields through scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await pause();
    expect(yielded).toHaveBeenCalledTimes(1);
  });

  test('falls back to a zero timeout elsewhere', async () => {
    vi.stubGlobal('scheduler', undefined);
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    await pause();
    expect(timeout).toHaveBeenCalledWith(expect.any(Function), 0);
    timeout.mockRestore();
  });
});
