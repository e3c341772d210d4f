import { afterEach, describe, expect, it, vi } from 'vitest';

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.resetModules();
  });

  it('resolves after the next frame, and at once every time after that', async () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const { afterFirstPaint } = await import('./after-first-paint');
    let painted = false;
    void afterFirstPaint().then(() => (painted = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(painted).toBe(false);
    frames.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(painted).toBe(true);
    expect(afterFirstPaint()).toBe(afterFirstPaint());
  });

  it('does not wait for ever where no frame comes (a hidden tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { afterFirstPaint } = await import('./after-first-paint');
    let painted = false;
    void afterFirstPaint().then(() => (painted = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(painted).toBe(true);
  });

  it('resolves at once without frames at all (tests, workers)', async () => {
    const { afterFirstPaint } = await import('./after-first-paint');
    await expect(afterFirstPaint()).resolves.toBeUndefined();
  });

  it('waits for a new frame each time it is asked after the first', async () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const { afterNextPaint } = await import('./after-first-paint');
    for (let i = 0; i < 2; i++) {
      let painted = false;
      void afterNextPaint().then(() => (painted = true));
      await vi.advanceTimersByTimeAsync(10);
      expect(painted).toBe(false);
      frames.shift()!();
      await vi.advanceTimersByTimeAsync(0);
      expect(painted).toBe(true);
    }
  });
});
