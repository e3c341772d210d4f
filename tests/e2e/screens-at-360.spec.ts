/**
 * Every main screen and every worksheet step at 360 px, in English and Russian, light and dark,
 * compared with the screenshots committed beside this file (screens-at-360.spec.ts-snapshots/). A
 * layout change then shows as a diff, not as a surprise. The tour is in support/screen-tour.ts.
 *
 * The baselines are made on this machine kind (Debian's Chromium and fonts); after a change to the
 * layout that is meant, look at the diffs, then make them again with one command:
 *
 *     npx playwright test screens-at-360 --update-snapshots
 *
 * (after `npx vite build`, as `npm run test:e2e` does). One test per language and theme, each loading
 * the demo once and walking the whole tour, so the four run side by side on two workers.
 */
import { expect, test } from '@playwright/test';
import { browserFor, languages, themes, walkTour } from './support/screen-tour';

/**
 * Up to 1 % of a screen's pixels may differ: a glyph's anti-aliasing on another run, never a moved
 * block or a changed word (a line of text at 360 px is already more than that on a long page).
 */
const maxDiffPixelRatio = 0.01;

for (const language of languages) {
  for (const theme of themes) {
    test.describe(`${language}, ${theme}`, () => {
      test.use(browserFor(language, theme));

      test(`every screen looks as it did, in ${language} and ${theme}`, async ({ page }) => {
        test.setTimeout(480_000);
        await walkTour(page, language, async (name, tour) => {
          const clip = await tour.screenshotArea();
          await tour.revealAll(clip?.height);
          await expect(page).toHaveScreenshot(`${name}-${language}-${theme}.png`, {
            fullPage: true,
            ...(clip ? { clip } : {}),
            animations: 'disabled',
            caret: 'hide',
            maxDiffPixelRatio,
            // A long page takes a while to capture twice over (it must be the same twice running).
            timeout: 30_000,
            // Only what cannot be the same from run to run: the storage this profile happens to
            // use, and the build's version.
            mask: [
              page.getByTestId('storage-used'),
              page.getByTestId('storage-available'),
              page.locator('.storage-card .version'),
            ],
          });
        });
      });
    });
  }
}
