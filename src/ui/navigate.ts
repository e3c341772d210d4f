/**
 * Moves to another screen. Routes live in the URL hash, so any static host and the offline cache
 * serve them. Each of the app's history entries carries its depth (how many of this tab's screens
 * lie behind it) and the screen it was opened from, so a Back control knows whether the previous
 * entry is one of ours, and a save can return to the screen behind the form.
 */

const KEY = 'goodwillHistory';

interface Entry {
  depth: number;
  /** The hash of the entry behind this one, when it is one of ours. */
  from?: string | undefined;
}

let current: Entry = { depth: 0 };
let currentHash = '';
let started = false;

function stored(): Entry | undefined {
  const state: unknown = history.state;
  const value = state && typeof state === 'object' ? (state as Record<string, unknown>)[KEY] : null;
  if (!value || typeof value !== 'object') return undefined;
  const { depth, from } = value as Record<string, unknown>;
  if (typeof depth !== 'number') return undefined;
  return { depth, from: typeof from === 'string' ? from : undefined };
}

function store(entry: Entry, hash?: string) {
  const state: unknown = history.state;
  const rest = state && typeof state === 'object' ? state : {};
  if (hash === undefined) history.replaceState({ ...rest, [KEY]: entry }, '');
  else history.replaceState({ ...rest, [KEY]: entry }, '', hash);
}

/**
 * Call on start and on every `hashchange`: an entry seen before (Back, Forward, a reload) keeps
 * what it carries; a new one lies one deeper than the screen it was opened from. A tab opened
 * straight at a screen starts at 0.
 */
export function noteHistoryEntry() {
  const known = stored();
  if (known) current = known;
  else {
    current = started ? { depth: current.depth + 1, from: currentHash } : { depth: 0 };
    store(current);
  }
  currentHash = location.hash;
  started = true;
}

/** How many of this tab's screens lie behind the current one (0: none, the page was opened here). */
export function historyDepth(): number {
  return stored()?.depth ?? current.depth;
}

/**
 * `replace`: the new screen takes the current entry's place, so Back skips it: after a save, Back
 * returns to where the form was opened from, never to the form. When the screen asked for is the
 * very one behind the form (an edit opened from its record), the app steps back to it instead, so
 * the record is not in the history twice.
 */
export function navigate(hash: string, options: { replace?: boolean } = {}) {
  if (location.hash === hash) return;
  if (!options.replace) {
    location.hash = hash;
    return;
  }
  const entry = stored() ?? current;
  if (entry.depth > 0 && entry.from === hash) {
    history.back();
    return;
  }
  store(entry, hash);
  // replaceState fires no hashchange; the router and everyone else listen for one.
  dispatchEvent(new HashChangeEvent('hashchange'));
}
