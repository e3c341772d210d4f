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
import { forgetDraft, openDrafts, saveAllDrafts, takeDraft } from './open-drafts';

export { saveAllDrafts, takeDraft } from './open-drafts';

/** Long enough to read the notice and decide whether to discard. */
const RESTORED_NOTICE_MS = 15_000;

let listening = false;

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
  openDrafts.set(key, get);
  return () => {
    if (openDrafts.get(key) !== get) return;
    openDrafts.delete(key);
    forgetDraft(key);
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
