/**
 * What a record form hands to keepDraft (drafts.svelte.ts): a draft is kept through a reload only
 * when it differs from where the form started (the stored record, or a new record's defaults), and
 * a kept draft is laid back over a fresh start field by field, so a draft kept by an older version
 * of the app cannot put a field the form no longer has, or a value of the wrong type, into it.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A bound on a kept list, so a tampered draft in storage cannot make the form build thousands. */
const MAX_KEPT_ITEMS = 200;

/** Equal as plain data (strings, numbers, booleans, null, arrays and plain objects). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]))
    );
  }
  return false;
}

/** `current` while it differs from `start`, else undefined: nothing unsaved, nothing to keep. */
export function unsavedDraft<T>(current: T, start: T): T | undefined {
  return sameData(current, start) ? undefined : current;
}

/**
 * `start` with the kept values over it: each field of `start` takes the kept value when it has the
 * same type (objects field by field again); anything else in `kept` is left out.
 */
export function restoreDraft<T>(start: T, kept: unknown): T {
  if (isPlainObject(start)) {
    if (!isPlainObject(kept)) return start;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(start)) {
      out[key] = Object.hasOwn(kept, key) ? restoreDraft(value, kept[key]) : value;
    }
    return out as T;
  }
  if (Array.isArray(start)) {
    // A list (a job's lines): the kept items, each laid over the form's item at that place (or
    // its last, for an item added since), so every item keeps the form's shape; without a
    // template item nothing can be checked, and what the form made stays.
    if (!Array.isArray(kept) || start.length === 0) return start;
    return kept
      .slice(0, MAX_KEPT_ITEMS)
      .map((item, i) => restoreDraft(start[Math.min(i, start.length - 1)], item)) as T;
  }
  return typeof kept === typeof start && kept !== null ? (kept as T) : start;
}
