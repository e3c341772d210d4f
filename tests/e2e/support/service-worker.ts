import type { Page } from '@playwright/test';

/**
 * Waits until the service worker has installed (the whole app precached) and controls the page.
 * The app's worker claims the page on its first install, so no reload is needed.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

/** What the browser does by itself now and then: ask the server whether the worker changed. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

/** The directory `npm run test:e2e` built into (playwright.config.ts serves the same). */
export const builtApp = process.env.E2E_DIST ?? 'dist';
