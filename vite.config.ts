import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The app talks to its own origin only (no fonts, analytics or CDN). The same policy goes in a meta
 * tag of the built page, so it holds on any static host, and in the response headers of
 * `vite preview` and of the build's `_headers` file; a meta tag cannot carry frame-ancestors, so
 * only the headers forbid framing. docs/hosting.md has the same header set for other servers.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * The built page gets the policy as a meta tag (Vite's dev server injects inline scripts, so builds
 * only), and the build gets a `_headers` file, which Netlify and Cloudflare Pages apply as is.
 */
function securityPolicy(): Plugin {
  const headersFile = [
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    // The browser must see a new service worker as soon as it is published.
    '/sw.js',
    '  Cache-Control: no-cache',
    // File names carry their content's hash: they never change.
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
  return {
    name: 'goodwill-ledger:security-policy',
    apply: 'build',
    // Right after the charset, before anything the policy governs.
    transformIndexHtml(html) {
      const withPolicy = html.replace(
        /(<meta charset="UTF-8" \/>)/i,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
      if (withPolicy === html) throw new Error('index.html lost its <meta charset="UTF-8" />.');
      return withPolicy;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile });
    },
  };
}

const appName = 'Goodwill Ledger';

/**
 * The entry and every module it imports statically (the runtime, the database library, the
 * first screen's code and messages) go into one chunk, the one index.html loads. Left to itself
 * the bundler cut them into eight or more files, one per set of lazy screens sharing them: each a
 * request through the service worker when the app starts offline, and one file compresses better
 * than eight. Lazy chunks import what they share from it, which is always loaded by then.
 */
const reachesEntry = new WeakMap<object, Map<string, boolean>>();
function firstLoadChunk(
  id: string,
  ctx: { getModuleInfo(id: string): { isEntry: boolean; importers: string[] } | null },
): string | null {
  let memo = reachesEntry.get(ctx);
  if (!memo) reachesEntry.set(ctx, (memo = new Map()));
  const reaches = (module: string): boolean => {
    const known = memo.get(module);
    if (known !== undefined) return known;
    memo.set(module, false); // a cycle is no path of its own
    const info = ctx.getModuleInfo(module);
    const result = !!info && (info.isEntry || info.importers.some(reaches));
    memo.set(module, result);
    return result;
  };
  return reaches(id) ? 'index' : null;
}

export default defineConfig(({ mode }) => ({
  plugins: [
    svelte(),
    ...(mode === 'test'
      ? []
      : [
          securityPolicy(),
          VitePWA({
            // The app registers the worker itself (src/pwa) with workbox-window.
            injectRegister: false,
            // A new version waits until the user says "Reload": the app never reloads by itself.
            registerType: 'prompt',
            // favicon.svg is already in globPatterns.
            includeAssets: ['apple-touch-icon.png'],
            manifest: {
              id: './',
              name: appName,
              short_name: 'Goodwill',
              description:
                'Clients, jobs and payments for a one-person business, kept on your device and usable offline.',
              lang: 'en',
              dir: 'ltr',
              start_url: './',
              scope: './',
              display: 'standalone',
              orientation: 'any',
              theme_color: '#1f5f4a',
              background_color: '#f6f7f5',
              categories: ['business', 'finance', 'productivity'],
              icons: [
                { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
                { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
                {
                  src: 'icons/maskable-512.png',
                  sizes: '512x512',
                  type: 'image/png',
                  purpose: 'maskable',
                },
              ],
              shortcuts: [
                {
                  name: 'Record a payment',
                  short_name: 'Payment',
                  url: './#/payments/new',
                  icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
                },
                {
                  name: 'Start a worksheet',
                  short_name: 'Worksheet',
                  url: './#/worksheets/new',
                  icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
                },
              ],
              // Android: an export file (plain or encrypted, both .json) shared to the installed
              // app goes to the import. public/share-target.js receives the POST.
              share_target: {
                action: 'share-target',
                method: 'POST',
                enctype: 'multipart/form-data',
                params: { files: [{ name: 'file', accept: ['application/json', '.json'] }] },
              },
            },
            workbox: {
              // The manifest and its icons are added by the plugin; listing png here precaches twice.
              globPatterns: ['**/*.{js,css,html,svg,woff2}'],
              // Any page address opens the app (routes live in the hash), but not a file's address:
              // /robots.txt stays robots.txt.
              navigateFallback: 'index.html',
              navigateFallbackDenylist: [/\/[^/?]+\.(?!html(?:$|\?))[^/?]+(?:\?.*)?$/],
              cleanupOutdatedCaches: true,
              // The first visit is controlled at once, so it works offline without a second load.
              clientsClaim: true,
              // Updates wait for the user's "Reload" (a SKIP_WAITING message from src/pwa).
              skipWaiting: false,
              sourcemap: false,
              // Same origin, loaded ahead of Workbox's routes: the share target's POST handler.
              importScripts: ['share-target.js'],
            },
          }),
        ]),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  // Component tests need Svelte's browser build, or lifecycle functions are unavailable.
  resolve: mode === 'test' ? { conditions: ['browser'] } : undefined,
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: firstLoadChunk }] },
      },
    },
  },
  preview: { headers: securityHeaders },
  test: {
    include: ['src/**/*.test.ts'],
    // Most tests are pure or use fake-indexeddb; the few that need a DOM say so in a
    // `@vitest-environment jsdom` comment, which keeps the run several times faster.
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // The property tests run a thousand generated ledgers each; on a busy two-core machine one
    // can pass five seconds without anything being wrong.
    testTimeout: 30_000,
  },
}));
