/**
 * Android's share target (the manifest's `share_target` in vite.config.ts): sharing an export file
 * to the installed app POSTs it here as multipart form data. The worker keeps the file in a cache
 * of its own and sends the page on to the Sync screen, which takes the file out again
 * (src/pwa/shared-file.ts) and runs it through the normal import: check, preview, and nothing
 * applied until the owner confirms.
 *
 * Workbox's `importScripts` loads this into the generated service worker ahead of Workbox's own
 * routes, which answer GET requests only. A plain script of the same origin, so the page's
 * Content-Security-Policy holds.
 */
// The same names are in src/pwa/shared-file.ts: keep the two in step.
const SHARED_FILE_CACHE = 'goodwill-ledger-shared-file';
const SHARED_FILE_KEY = 'shared-file';
const SHARE_ACTION = 'share-target';

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'POST') return;
  const target = new URL(SHARE_ACTION, self.registration.scope);
  const url = new URL(request.url);
  if (url.origin !== target.origin || url.pathname !== target.pathname) return;
  event.respondWith(keepSharedFile(request));
});

async function keepSharedFile(request) {
  const scope = self.registration.scope;
  try {
    const form = await request.formData();
    const file = form.getAll('file').find((value) => typeof value !== 'string');
    // Only the latest share is kept; with no file the Sync screen says none arrived.
    await caches.delete(SHARED_FILE_CACHE);
    if (file) {
      const cache = await caches.open(SHARED_FILE_CACHE);
      await cache.put(
        new URL(SHARED_FILE_KEY, scope),
        new Response(file, {
          headers: {
            'Content-Type': file.type || 'application/octet-stream',
            'X-File-Name': encodeURIComponent(file.name),
          },
        }),
      );
    }
  } catch (error) {
    // The Sync screen finds no file and says so; the owner can still choose it there.
    console.warn('The shared file could not be kept.', error);
  }
  // 303: the page that follows is fetched with GET, so a reload never posts the file again.
  return Response.redirect(new URL('./#/sync?shared=1', scope).href, 303);
}
