import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the production build (`vite preview`) in Debian's Chromium; Playwright
 * cannot download its own browser here. CHROMIUM_PATH overrides where it is.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const port = Number(process.env.E2E_PORT ?? 4317);
// Parallel local work may build into a directory of its own (E2E_DIST) and serve that.
const outDir = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Generous: journeys are long and CI machines are small and shared. Speed is measured by
  // `npm run bench`, never by a test's timeout.
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    serviceWorkers: 'allow',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'phone',
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        viewport: { width: 360, height: 780 },
      },
    },
  ],
  webServer: {
    // The build is made by `npm run test:e2e` first; a port of our own avoids reusing a stale server.
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
