import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
 * The first screen's stylesheet is inlined into the page (see inlineFirstStylesheet), so the
 * policy also allows exactly that one <style> by its SHA-256, known only once the build has made it.
 */
function contentSecurityPolicy(
  styleHashes: readonly string[] = [],
  scriptHashes: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' ')}`,
    `style-src ${["'self'", ...styleHashes.map((h) => `'sha256-${h}'`)].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

const securityHeaders = (styleHashes: readonly string[], scriptHashes: readonly string[]) => ({
  'Content-Security-Policy': `${contentSecurityPolicy(styleHashes, scriptHashes)}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});

/** The entry's stylesheet, as the bundler names it (the entry chunk is "index", see below). */
const entryStylesheet = /^assets\/index-[\w-]+\.css$/;

/**
 * The first screen's stylesheet goes into the page as a <style>, so the first paint waits for no
 * second request (Lighthouse's "render-blocking resource"); the file itself is dropped. The entry
 * chunk stops declaring it, so neither index.html links it nor a screen loaded later asks for it
 * again (Vite lists a chunk's stylesheets with its code). Later screens' own stylesheets stay
 * files, loaded with their code. Then the page gets the policy as a meta tag
 * (Vite's dev server injects inline scripts, so builds only), with the <style>'s hash, and the
 * build gets a `_headers` file with the same policy, which Netlify and Cloudflare Pages apply as
 * is and `vite preview` serves (securityHeadersOfBuild).
 */
function inlineFirstStylesheetAndPolicy(): Plugin {
  return {
    name: 'goodwill-ledger:inline-first-stylesheet-and-policy',
    apply: 'build',
    // After Vite has listed the chunks' stylesheets and written index.html into the bundle.
    enforce: 'post',
    renderChunk(_code, chunk) {
      const css = chunk.viteMetadata?.importedCss;
      if (!chunk.isEntry || !css) return null;
      for (const file of css) if (entryStylesheet.test(file)) css.delete(file);
      return null;
    },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') throw new Error('The build has no index.html.');
      let html = String(page.source);
      const hashes: string[] = [];
      for (const [fileName, file] of Object.entries(bundle)) {
        if (file.type !== 'asset' || !entryStylesheet.test(fileName)) continue;
        const css = String(file.source).trim();
        if (css.includes('</')) throw new Error(`${fileName} cannot be inlined: it holds "</".`);
        hashes.push(createHash('sha256').update(css, 'utf8').digest('base64'));
        html = html.replace('</head>', () => `  <style>${css}</style>\n  </head>`);
        delete bundle[fileName];
      }
      if (hashes.length !== 1)
        throw new Error(`Expected one entry stylesheet, found ${hashes.length}.`);
      // index.html's own inline scripts (the early question of nothing-stored.ts), by their hash.
      const scriptHashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) =>
        createHash('sha256').update(code!, 'utf8').digest('base64'),
      );
      // Right after the charset, before anything the policy governs.
      const withPolicy = html.replace(
        /(<meta charset="UTF-8" \/>)/i,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, scriptHashes)}" />`,
      );
      if (withPolicy === html) throw new Error('index.html lost its <meta charset="UTF-8" />.');
      page.source = withPolicy;
      const headersFile = [
        '/*',
        ...Object.entries(securityHeaders(hashes, scriptHashes)).map(
          ([name, value]) => `  ${name}: ${value}`,
        ),
        // The browser must see a new service worker as soon as it is published.
        '/sw.js',
        '  Cache-Control: no-cache',
        // File names carry their content's hash: they never change.
        '/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile });
    },
  };
}

/**
 * `vite preview` serves the headers the build wrote into `_headers` for every path (the policy
 * with the inlined stylesheet's hash is known only after the build).
 */
function securityHeadersOfBuild(): Plugin {
  return {
    name: 'goodwill-ledger:security-headers-of-build',
    configurePreviewServer(server) {
      const file = resolve(server.config.root, server.config.build.outDir, '_headers');
      const headers = [
        ...readFileSync(file, 'utf8')
          .split('/sw.js')[0]!
          .matchAll(/^ {2}([\w-]+): (.+)$/gm),
      ];
      server.middlewares.use((_req, res, next) => {
        for (const [, name, value] of headers) res.setHeader(name!, value!);
        next();
      });
    },
  };
}

const appName = 'Goodwill Ledger';

/**
 * The entry and every module it imports statically (the runtime, the
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
          inlineFirstStylesheetAndPolicy(),
          securityHeadersOfBuild(),
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
    // Every browser the app supports (es2022) knows modulepreload: no polyfill in the first visit.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: firstLoadChunk },
            // Loaded beside the first screen (src/state/load-database.ts): named for what it is.
            { name: 'dexie', test: /[\\/]node_modules[\\/]dexie[\\/]/ },
          ],
        },
      },
    },
  },
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
