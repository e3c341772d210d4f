/**
 * Waiting for the browser to paint, so work a screen does not need to show its first part starts
 * after that part is on screen rather than before.
 */
let painted: Promise<void> | undefined;

/** A hidden tab paints nothing (no animation frames): then work waits no longer than this. */
const AT_MOST_MS = 1000;

/** Resolves once the page as it stands now has been painted. */
export function afterNextPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      resolve();
      return;
    }
    // A frame callback runs just before the paint; a task it queues runs just after it.
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, AT_MOST_MS);
  });
}

/**
 * Resolves once the page has first been painted (fetching code shown later, registering the
 * service worker wait for it); once that paint is past, it resolves at once.
 */
export function afterFirstPaint(): Promise<void> {
  return (painted ??= afterNextPaint());
}
