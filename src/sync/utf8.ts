/**
 * Text as UTF-8 bytes, for a file put together piece by piece. A Blob made from strings encodes
 * them all at once when it is made, after the last table has been read; encoding each table as it
 * is written does that work while the browser is still reading the next, and `encodeInto` a
 * buffer of one byte per character is the quick way for the ASCII most records are.
 */
const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of `text`, in one or two pieces (in order). An ASCII text fits a buffer of its
 * length; the first character that needs more bytes stops that buffer, and the rest is encoded
 * on its own, so the memory taken stays close to the bytes written.
 */
export function utf8Pieces(text: string): Uint8Array<ArrayBuffer>[] {
  const bytes = new Uint8Array(text.length);
  const { read, written } = encoder.encodeInto(text, bytes);
  if (read === text.length) return [bytes];
  // encodeInto never splits a surrogate pair, so the rest starts on a whole character.
  return [bytes.subarray(0, written), encoder.encode(text.slice(read))];
}

/** The pieces joined into one buffer (the encrypted export needs its plaintext whole). */
export function joinBytes(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
