// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
// Loaded once with the test's own Svelte runtime, for the effect-based helper.
import { keepDraft, saveAllDrafts } from './drafts.svelte';

/** A fresh copy of the module, as after a reload; sessionStorage stays, like a tab's does. */
async function load() {
  vi.resetModules();
  const drafts = await import('./drafts.svelte');
  const { notices } = await import('./notices.svelte');
  return { ...drafts, notices };
}

const KEY = 'goodwill-ledger:draft:settings';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('drafts', () => {
  test('a draft saved before a reload comes back once, with a notice, and is then forgotten', async () => {
    const before = await load();
    const draft = { businessName: 'Harbour Roofing', terms: '14' };
    before.registerDraft(
      'settings',
      () => draft,
      () => {},
    );
    before.saveAllDrafts();

    const after = await load();
    const restore = vi.fn();
    after.registerDraft('settings', () => undefined, restore);

    expect(restore).toHaveBeenCalledWith(draft);
    expect(after.notices.items.map((n) => n.text)).toEqual([
      'What you had typed was kept through the reload. It is not saved yet.',
    ]);
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  test('the notice offers Discard when the form can go back to what is stored', async () => {
    sessionStorage.setItem(KEY, '"typed"');
    const { registerDraft, notices } = await load();
    const discard = vi.fn();
    registerDraft(
      'settings',
      () => undefined,
      () => {},
      discard,
    );

    const [notice] = notices.items;
    expect(notice?.actionLabel).toBe('Discard');
    notice?.action?.();
    expect(discard).toHaveBeenCalledTimes(1);
  });

  test('nothing unsaved (the getter returns undefined) leaves nothing to restore', async () => {
    const { registerDraft, saveAllDrafts } = await load();
    sessionStorage.setItem(KEY, JSON.stringify({ stale: true }));
    registerDraft(
      'settings',
      () => undefined,
      () => {},
    );
    saveAllDrafts();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  test('the page being hidden or unloaded saves every open draft', async () => {
    const { registerDraft } = await load();
    let name = 'first';
    registerDraft(
      'a',
      () => ({ name }),
      () => {},
    );
    registerDraft(
      'b',
      () => 'typed',
      () => {},
    );

    window.dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem('goodwill-ledger:draft:a')).toBe('{"name":"first"}');
    expect(sessionStorage.getItem('goodwill-ledger:draft:b')).toBe('"typed"');

    name = 'second';
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(sessionStorage.getItem('goodwill-ledger:draft:a')).toBe('{"name":"second"}');
  });

  test('a form that closes normally forgets its draft', async () => {
    const { registerDraft, saveAllDrafts } = await load();
    const unregister = registerDraft(
      'settings',
      () => ({ x: 1 }),
      () => {},
    );
    saveAllDrafts();
    unregister();
    saveAllDrafts();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  test('an unreadable draft is ignored, not fatal', async () => {
    const { registerDraft } = await load();
    sessionStorage.setItem(KEY, '{not json');
    const restore = vi.fn();
    registerDraft('settings', () => undefined, restore);
    expect(restore).not.toHaveBeenCalled();
  });

  test('a full storage loses one draft, not the others', async () => {
    const { registerDraft, saveAllDrafts } = await load();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key.endsWith(':big')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    registerDraft(
      'big',
      () => 'x'.repeat(10),
      () => {},
    );
    registerDraft(
      'small',
      () => 'y',
      () => {},
    );
    saveAllDrafts();
    expect(sessionStorage.getItem('goodwill-ledger:draft:small')).toBe('"y"');
  });

  test('keepDraft registers while the component lives, under its current key', async () => {
    sessionStorage.setItem('goodwill-ledger:draft:job:1', '"kept"');
    let id = $state('1');
    const restored: unknown[] = [];
    const destroy = $effect.root(() => {
      keepDraft(
        () => `job:${id}`,
        () => `draft of ${id}`,
        (saved) => restored.push(saved),
      );
    });
    flushSync();
    expect(restored).toEqual(['kept']);

    id = '2';
    flushSync();
    saveAllDrafts();
    expect(sessionStorage.getItem('goodwill-ledger:draft:job:1')).toBeNull();
    expect(sessionStorage.getItem('goodwill-ledger:draft:job:2')).toBe('"draft of 2"');

    destroy();
    expect(sessionStorage.getItem('goodwill-ledger:draft:job:2')).toBeNull();
  });
});
