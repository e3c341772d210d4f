/**
 * A document as a file of its own, and sending it: the Web Share API with the file where the
 * browser can share files (most phones), else a download. The file is one self-contained HTML
 * page (its styles inside, no scripts, no links to the app) that any browser opens and prints.
 */
import { documentCss } from './document-css';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** A file name from a title: letters, digits and dashes ("Invoice A-0007" → "Invoice-A-0007.html"). */
export function fileNameFor(title: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'document'}.html`;
}

/**
 * The page as a standalone HTML document. `body` is the rendered document's markup (what the app
 * shows, so the file says exactly what was printed); Svelte's comment markers are dropped.
 */
export function standaloneHtml(body: string, title: string, language: string): string {
  const clean = body.replace(/<!--[\s\S]*?-->/g, '');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${documentCss}</style>`,
    '</head>',
    `<body>${clean}</body>`,
    '</html>',
  ].join('\n');
}

export type Sent = 'shared' | 'downloaded' | 'cancelled';

interface ShareEnvironment {
  navigator?: Pick<Navigator, 'share' | 'canShare'> | undefined;
  download?: (file: File) => void;
}

function download(file: File) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download by the next turn; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Shares the file where the browser can share files; otherwise, or when sharing is not allowed
 * here, downloads it. A share the person cancels is not an error and downloads nothing.
 */
export async function shareOrDownload(
  html: string,
  title: string,
  env: ShareEnvironment = { navigator: globalThis.navigator, download },
): Promise<Sent> {
  const file = new File([html], fileNameFor(title), { type: 'text/html' });
  const nav = env.navigator;
  const data = { files: [file], title };
  if (nav?.share && nav.canShare?.(data)) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError and the like: fall back to the download below.
    }
  }
  (env.download ?? download)(file);
  return 'downloaded';
}
