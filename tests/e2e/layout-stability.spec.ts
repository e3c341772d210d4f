/**
 * Journey: news that arrives after the page has painted (the browser's install offer, going
 * offline) shows over the bottom of the screen, above the navigation, and moves nothing the user
 * is reading: the first screen's heading and the navigation keep their places to the pixel. The
 * news stays reachable: the install offer is a named region whose buttons take keyboard focus,
 * and the offline notice is announced from a live region.
 */
import { expect, test, type Locator } from '@playwright/test';
import { AppShell } from './pages/app-shell';

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
};

test('late banners float over the page instead of pushing it down', async ({ page, context }) => {
  const app = new AppShell(page);
  await page.goto('/');
  const heading = app.heading('Who owes me');
  await expect(heading).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  const before = { heading: await box(heading), nav: await box(nav) };

  // What Chromium sends when the app becomes installable, a moment after it loaded.
  await page.evaluate(() => {
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {},
      userChoice: Promise.resolve({ outcome: 'dismissed', platform: 'web' }),
    });
    dispatchEvent(event);
  });
  const offer = page.getByRole('region', { name: 'Install the app' });
  await expect(offer).toBeVisible();
  await context.setOffline(true);
  const offline = page.getByRole('status').filter({ hasText: 'offline' });
  await expect(offline).toBeVisible();

  expect(await box(heading)).toEqual(before.heading);
  expect(await box(nav)).toEqual(before.nav);
  // Both sit in the screen above the navigation, not under it.
  const navTop = before.nav.y;
  for (const banner of [offer, offline]) {
    const b = await box(banner);
    expect(b.y + b.height).toBeLessThanOrEqual(navTop + 1);
    expect(b.y).toBeGreaterThanOrEqual(0);
  }

  const notNow = offer.getByRole('button', { name: 'Not now' });
  await notNow.focus();
  await expect(notNow).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(offer).toHaveCount(0);
  expect(await box(heading)).toEqual(before.heading);

  await context.setOffline(false);
  await expect(offline).toHaveCount(0);
});
