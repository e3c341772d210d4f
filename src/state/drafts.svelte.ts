/**
 * Unsaved form input that survives a reload: an app update the user accepts, a schema upgrade from
 * another tab, the browser reloading a tab it had put to sleep. Each open form registers a getter
 * for its draft; the drafts are written to sessionStorage (this tab only) when the page is hidden
 * or about to reload, and handed back to the form when it opens again.
 *
 * In a form component:
 *
 *   let restored: Partial<MyDraft> | undefined;
 *   keepDraft(
 *     () => `job:${id ?? 'new'}`,
 *     () => (isDirty ? $state.snapshot(draft) : undefined),
 *     (saved) => (restored = saved),
 *     () => { restored = undefined; draft = record && toDraft(record); }, // "Discard"
 *   );
 *   $effect(() => { if (record && !draft) draft = { ...toDraft(record), ...restored }; });
 *
 * Call keepDraft before the effect that fills the draft, and return undefined from the getter when
 * there is nothing unsaved, so a stale draft never comes back.
 */
import { untrack } from 'svelte';
import { t } from '../i18n/i18n.svelte';
import { notices } from './notices.svelte';

const PREFIX = 'goodwill-ledger:draft:';
/** Long enough to read the notice and decide whether to discard. */
const RESTORED_NOTICE_MS = 15_000;

// A registry read only when saving, never rendered: it needs no reactivity.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const open = new Map<string, () => unknown>();
let listening = false;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // Blocked by the browser's settings.
  }
}

/** Writes every open form's unsaved draft; called before any reload the app itself causes. */
export function saveAllDrafts(): void {
  const store = storage();
  if (!store) return;
  for (const [key, get] of open) {
    try {
      const value = get();
      if (value === undefined) store.removeItem(PREFIX + key);
      else store.setItem(PREFIX + key, JSON.stringify(value));
    } catch (error) {
      // A full or blocked storage loses this draft, not the others.
      console.warn(`The draft "${key}" could not be kept.`, error);
    }
  }
}

/** Takes (and forgets) the draft kept for `key`, if any. */
export function takeDraft<T>(key: string): T | undefined {
  const store = storage();
  try {
    const text = store?.getItem(PREFIX + key);
    store?.removeItem(PREFIX + key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined; // Unreadable: start from the stored record instead.
  }
}

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // pagehide covers reloads and closing; a hidden phone app may be stopped without pagehide.
  window.addEventListener('pagehide', saveAllDrafts);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveAllDrafts();
  });
}

/**
 * Registers an open form's draft. `get` returns what to keep (undefined when nothing is unsaved);
 * if a draft was kept for `key`, `restore` receives it now and the user is told, with a Discard
 * button when `discard` is given (it puts the form back to what is stored). Returns the function
 * to call when the form closes normally, which forgets the draft.
 */
export function registerDraft<T>(
  key: string,
  get: () => T | undefined,
  restore: (saved: T) => void,
  discard?: () => void,
): () => void {
  listen();
  const saved = takeDraft<T>(key);
  if (saved !== undefined) {
    restore(saved);
    notices.show(
      {
        text: () => t('pwa.draftRestored'),
        tone: 'info',
        actionLabel: discard ? () => t('pwa.draftDiscard') : undefined,
        action: discard,
      },
      RESTORED_NOTICE_MS,
    );
  }
  open.set(key, get);
  return () => {
    if (open.get(key) !== get) return;
    open.delete(key);
    try {
      storage()?.removeItem(PREFIX + key);
    } catch {
      // Nothing to forget.
    }
  };
}

/**
 * registerDraft for a component: registers while the component is mounted, and again under the
 * new key when `key` changes (an edit form switching to another record).
 */
export function keepDraft<T>(
  key: () => string,
  get: () => T | undefined,
  restore: (saved: T) => void,
  discard?: () => void,
): void {
  $effect(() => {
    const k = key();
    return untrack(() => registerDraft(k, get, restore, discard));
  });
}
