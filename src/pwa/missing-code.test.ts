import { describe, expect, it, vi } from 'vitest';
import {
  recoverFromMissingCode,
  RELOAD_GUARD_MS,
  type MissingCodeEnvironment,
} from './missing-code';

function environment(newer: boolean, now = 1_000_000) {
  const stored = new Map<string, string>();
  const calls: string[] = [];
  const env: MissingCodeEnvironment = {
    newerVersion: () => newer,
    saveDrafts: () => calls.push('save'),
    applyUpdate: () => calls.push('apply'),
    checkForUpdate: () => calls.push('check'),
    storage: {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
    },
    now: vi.fn(() => now),
  };
  return { env, calls };
}

describe('recoverFromMissingCode', () => {
  it('saves the drafts and then switches to the newer version when one is installed', () => {
    const { env, calls } = environment(true);
    expect(recoverFromMissingCode(env)).toBe(true);
    expect(calls).toEqual(['save', 'apply']);
  });

  it('shows the failure and asks for a newer version when none is known', () => {
    const { env, calls } = environment(false);
    expect(recoverFromMissingCode(env)).toBe(false);
    expect(calls).toEqual(['check']);
  });

  it('does not reload a second time within a minute of the first', () => {
    const { env, calls } = environment(true);
    recoverFromMissingCode(env);
    env.now = () => 1_000_000 + RELOAD_GUARD_MS - 1;
    expect(recoverFromMissingCode(env)).toBe(false);
    expect(calls).toEqual(['save', 'apply']);
  });

  it('reloads again once the minute has passed', () => {
    const { env, calls } = environment(true);
    recoverFromMissingCode(env);
    env.now = () => 1_000_000 + RELOAD_GUARD_MS;
    expect(recoverFromMissingCode(env)).toBe(true);
    expect(calls).toEqual(['save', 'apply', 'save', 'apply']);
  });

  it('still reloads when the session storage is unavailable', () => {
    const { env, calls } = environment(true);
    env.storage = undefined;
    expect(recoverFromMissingCode(env)).toBe(true);
    expect(calls).toEqual(['save', 'apply']);
  });
});
