/**
 * An export file's bytes as text. The app writes UTF-8 without a byte-order mark; a text editor
 * that re-saves the file may add one, or write UTF-16 with one (Windows Notepad's "Unicode"), so
 * those are read too: the mark says which encoding it is. Bytes that are not valid in that
 * encoding refuse the file, never turn silently into "�" inside a name or a note.
 */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export type Decoded = { ok: true; text: string } | { ok: false; encoding: TextEncodingName };

/** The encoding a byte-order mark names; UTF-8 when there is none. */
export function encodingOf(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return 'UTF-8';
}

export function decodeText(bytes: Uint8Array): Decoded {
  const encoding = encodingOf(bytes);
  try {
    // The decoder drops its own encoding's byte-order mark.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, encoding };
  }
}
