/**
 * The drafts of the forms open in this tab, and saving them all before a reload: the shell needs
 * only this part (see drafts.svelte.ts for how a form registers its draft), so it comes with the
 * first visit without the rest.
 */
const PREFIX = 'goodwill-ledger:draft:';
// A registry read only when saving, never rendered: it needs no reactivity.
export const openDrafts = new Map<string, () => unknown>();

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
  for (const [key, get] of openDrafts) {
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

/** Forgets the draft kept for `key` (its form was saved or closed). */
export function forgetDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget.
  }
}
