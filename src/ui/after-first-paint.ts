/**
 * Resolves once the browser has painted the page as it first stands, so work the first screen does
 * not need (fetching code shown later, registering the service worker) starts after that screen
 * shows rather than before. Once that paint is past, it resolves at once.
 */
let painted: Promise<void> | undefined;

/** A hidden tab paints nothing (no animation frames): then work waits no longer than this. */
const AT_MOST_MS = 1000;

export function afterFirstPaint(): Promise<void> {
  return (painted ??= new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      resolve();
      return;
    }
    // A frame callback runs just before the paint; a task it queues runs just after it.
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, AT_MOST_MS);
  }));
}
