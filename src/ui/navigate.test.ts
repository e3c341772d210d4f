// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

let listening = new AbortController();

/** A fresh copy of the module, as in a new tab opened at `hash`. */
async function openTab(hash: string) {
  vi.resetModules();
  history.replaceState(null, '', hash);
  const nav = await import('./navigate');
  nav.noteHistoryEntry();
  addEventListener('hashchange', () => nav.noteHistoryEntry(), { signal: listening.signal });
  return nav;
}

/** Waits for the hashchange a move causes (jsdom fires it a task later). */
const moved = () =>
  new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));

beforeEach(() => history.replaceState(null, '', '#/'));
afterEach(() => {
  listening.abort();
  listening = new AbortController();
  vi.restoreAllMocks();
});

describe('navigate', () => {
  test('a tab opened straight at a screen has none of ours behind it; each move goes one deeper', async () => {
    const nav = await openTab('#/jobs/j1');
    expect(nav.historyDepth()).toBe(0);
    const arrived = moved();
    nav.navigate('#/jobs/j1/edit');
    await arrived;
    expect(location.hash).toBe('#/jobs/j1/edit');
    expect(nav.historyDepth()).toBe(1);
  });

  test('replacing keeps the depth, so Back from the saved record skips the form', async () => {
    const nav = await openTab('#/people/p1');
    let arrived = moved();
    nav.navigate('#/jobs/new?client=p1');
    await arrived;
    const length = history.length;
    arrived = moved();
    nav.navigate('#/jobs/j9', { replace: true });
    await arrived;
    expect(location.hash).toBe('#/jobs/j9');
    expect(history.length).toBe(length);
    expect(nav.historyDepth()).toBe(1);
  });

  test('saving an edit opened from its record steps back to that record instead of adding it again', async () => {
    const nav = await openTab('#/jobs/j1');
    const arrived = moved();
    nav.navigate('#/jobs/j1/edit');
    await arrived;
    const back = vi.spyOn(history, 'back').mockImplementation(() => {});
    nav.navigate('#/jobs/j1', { replace: true });
    expect(back).toHaveBeenCalledOnce();
  });
});
