/**
 * The language and theme the settings chose, mirrored in localStorage. The settings live in the
 * database, which opens after the first paint; reading this copy synchronously at start lets the
 * first screen paint in the right language and colours, instead of switching (and shifting its
 * layout) a moment later. The database stays the source of truth: the copy follows it.
 */
const KEY = 'goodwill.display';

export interface Display {
  locale: string;
  theme: string;
}

/** What the settings last chose on this device, or nothing (first visit, storage blocked). */
export function recallDisplay(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()) {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as Display).locale === 'string' &&
      typeof (value as Display).theme === 'string'
    ) {
      return { locale: (value as Display).locale, theme: (value as Display).theme };
    }
  } catch {
    // A damaged copy is ignored: the settings replace it once read.
  }
  return undefined;
}

export function rememberDisplay(
  display: Display,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeStorage(),
): void {
  try {
    const text = JSON.stringify({ locale: display.locale, theme: display.theme });
    if (storage && storage.getItem(KEY) !== text) storage.setItem(KEY, text);
  } catch {
    // Storage full or blocked: the next start paints with the defaults, then switches.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
