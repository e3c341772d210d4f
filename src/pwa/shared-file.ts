/**
 * A file shared to the installed app from Android's share sheet. public/share-target.js (in the
 * service worker) receives it and keeps it in a cache of its own; the Sync screen takes it from
 * there, once, and imports it the normal way.
 */

// The same names are in public/share-target.js: keep the two in step.
export const SHARED_FILE_CACHE = 'goodwill-ledger-shared-file';
/** Used when the sharing app gave the file no name. */
const UNNAMED = 'shared-file.json';

/** Takes the shared file and removes it from storage; undefined when none is waiting. */
export async function takeSharedFile(
  storage: CacheStorage | undefined = globalThis.caches,
): Promise<File | undefined> {
  if (!storage || !(await storage.has(SHARED_FILE_CACHE))) return undefined;
  const cache = await storage.open(SHARED_FILE_CACHE);
  const [key] = await cache.keys();
  const response = key && (await cache.match(key));
  const file = response ? await fileOf(response) : undefined;
  await storage.delete(SHARED_FILE_CACHE);
  return file;
}

async function fileOf(response: Response): Promise<File> {
  const blob = await response.blob();
  return new File([blob], fileName(response.headers.get('X-File-Name')), {
    type: response.headers.get('Content-Type') ?? '',
  });
}

function fileName(encoded: string | null): string {
  if (!encoded) return UNNAMED;
  try {
    return decodeURIComponent(encoded) || UNNAMED;
  } catch {
    return UNNAMED; // Not written by share-target.js: a name is not worth refusing the file over.
  }
}
