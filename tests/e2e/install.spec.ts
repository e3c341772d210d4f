/**
 * Journey: installing the app. Chromium reports nothing missing for installation; the manifest
 * says what it promises and its icons exist at their stated sizes; Safari gets its tags and icon;
 * the app offers Install where the browser allows it, and the Home Screen steps on an iPhone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { readPng } from './support/png';
import { waitForServiceWorker } from './support/service-worker';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

async function png(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  expect(response.headers()['content-type']).toBe('image/png');
  return readPng(await response.body());
}

test('Chromium can install the app; the manifest, icons and install offer are right', async ({
  baseURL,
}) => {
  // Installability needs a real profile: Playwright's usual contexts are incognito.
  const profile = await mkdtemp(join(tmpdir(), 'goodwill-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    serviceWorkers: 'allow',
    viewport: { width: 360, height: 780 },
    baseURL,
  });
  try {
    const page = await context.newPage();
    // Record what the browser's own install prompt answered, to see that Install reached it.
    await page.addInitScript(() => {
      addEventListener('beforeinstallprompt', (event) => {
        const prompt = event as Event & { userChoice: Promise<{ outcome: string }> };
        void prompt.userChoice.then((choice) =>
          document.documentElement.setAttribute('data-install-choice', choice.outcome),
        );
      });
    });
    await page.goto('/');
    await waitForServiceWorker(page);

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    // The manifest.
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(href!, page.url());
    const response = await page.request.get(manifestUrl.href);
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    const at = (url: string) => new URL(url, manifestUrl).href;
    const origin = new URL(page.url()).origin;
    expect(manifest).toMatchObject({
      name: 'Goodwill Ledger',
      short_name: 'Goodwill',
      display: 'standalone',
      theme_color: '#1f5f4a',
      background_color: '#f6f7f5',
    });
    expect(manifest.description).toMatch(/offline/);
    expect(at(manifest.start_url)).toBe(`${origin}/`);
    expect(at(manifest.scope)).toBe(`${origin}/`);
    // The browser bar matches the manifest in light mode and the page in dark mode.
    await expect(
      page.locator('meta[name="theme-color"][media="(prefers-color-scheme: light)"]'),
    ).toHaveAttribute('content', manifest.theme_color);
    await expect(
      page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]'),
    ).toHaveAttribute('content', '#121614');

    // Its icons: 192 and 512 px, and a maskable 512 px one that is opaque to the edges.
    const icons = manifest.icons as ManifestIcon[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      expect(icon.type).toBe('image/png');
      const image = await png(page, at(icon.src));
      expect(`${image.width}x${image.height}`).toBe(icon.sizes);
      if (icon.purpose === 'maskable') expect(image.opaque).toBe(true);
    }

    // Shortcuts from the home-screen icon.
    const shortcuts = manifest.shortcuts as { name: string; url: string }[];
    expect(shortcuts.map((s) => [s.name, new URL(at(s.url)).hash])).toEqual([
      ['Record a payment', '#/payments/new'],
      ['Start a worksheet', '#/worksheets/new'],
    ]);

    // What Safari reads: its icon (180 px, opaque: iOS shows transparency as black) and tags.
    const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(await png(page, new URL(touchIcon!, page.url()).href)).toEqual({
      width: 180,
      height: 180,
      opaque: true,
    });
    await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
      'content',
      'yes',
    );
    await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
      'content',
      'Goodwill',
    );
    const favicon = await page.request.get(new URL('/favicon.svg', page.url()).href);
    expect(favicon.headers()['content-type']).toContain('image/svg+xml');

    // The browser offers installation, so the app shows an Install button that opens its prompt,
    // on one short line over the bottom of the screen that leaves Home's demo offer in view.
    const offer = page.getByRole('region', { name: 'Install the app' });
    await expect(offer).toContainText('Works offline as an app');
    expect((await offer.boundingBox())!.height).toBeLessThanOrEqual(60);
    const demo = page.getByRole('button', { name: 'Explore a demo business' });
    await expect(demo).toBeInViewport();
    const demoBox = (await demo.boundingBox())!;
    expect(demoBox.y + demoBox.height).toBeLessThanOrEqual((await offer.boundingBox())!.y);
    await offer.getByRole('button', { name: 'Install' }).click();
    // Headless Chromium answers its own prompt at once, with "dismissed".
    await expect(page.locator('html')).toHaveAttribute('data-install-choice', 'dismissed');

    // × ("Not now") puts the offer away, also after a reload.
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Who owes me' })).toBeVisible();
    await expect(offer).toHaveCount(0);

    // The "Record a payment" shortcut opens the payment form.
    await page.goto(at(shortcuts[0]!.url));
    await expect(page.getByRole('heading', { level: 1, name: 'Record a payment' })).toBeVisible();
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test.describe('on an iPhone', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  });

  test('Safari has no install prompt, so the app says how to add it to the Home Screen', async ({
    page,
  }) => {
    await page.goto('/');
    const offer = page.getByRole('region', { name: 'Install the app' });
    await expect(offer).toContainText('Keep your data: add it to the Home Screen');
    await expect(offer.getByRole('button', { name: 'Install' })).toHaveCount(0);
    // The steps unfold on request, so the offer stays one line until then.
    const how = offer.getByRole('button', { name: 'How' });
    await expect(how).toHaveAttribute('aria-expanded', 'false');
    await how.click();
    await expect(how).toHaveAttribute('aria-expanded', 'true');
    await expect(offer).toContainText(
      'tap Share (the square with an arrow), then “Add to Home Screen”',
    );

    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Who owes me' })).toBeVisible();
    await expect(offer).toHaveCount(0);
  });
});
