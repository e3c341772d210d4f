/**
 * Passphrase encryption: PBKDF2-HMAC-SHA256 (at least 600,000 iterations, a random salt per file)
 * derives 512 bits; the first 256 are the AES-GCM key, the rest a check value kept in the file, so
 * a wrong passphrase is told apart from a file changed after encryption. The clear header
 * (format, version, device, time, parameters) is authenticated as AES-GCM additional data, so
 * changing any of it is caught as tampering too.
 *
 * The check value depends on the salt and the iterations, so an edited salt would read as a wrong
 * passphrase: a SHA-256 digest of the clear header, kept beside it, is checked first and catches an
 * edited header before any key is derived. It has no key, so it only proves the header was not
 * edited by hand; one who recomputes it still meets the AES-GCM tag, which covers the digest too.
 */
import { fromBase64, toBase64 } from './base64';
import { canonicalJson } from './canonical';
import {
  CHECK_BYTES,
  IV_BYTES,
  MIN_ITERATIONS,
  SALT_BYTES,
  type EncryptedEnvelope,
  type EncryptionParams,
  type ExportHeader,
} from './format';

const encoder = new TextEncoder();

async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      material,
      (32 + CHECK_BYTES) * 8,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  return { key, check: bits.slice(32) };
}

/** An encrypted file as read: an older version's header is authenticated the same way. */
export type SealedFile = Omit<EncryptedEnvelope, 'version'> & { version: number };

type Header = Omit<ExportHeader, 'version'> & { version: number };

/** The clear header's bytes: what the digest is taken of (and, in older files, the whole AAD). */
function headerBytes(header: Header, encryption: EncryptionParams) {
  return encoder.encode(canonicalJson({ ...header, encryption }));
}

/**
 * The AES-GCM additional data: the clear header and its digest. A file without a digest gets
 * the same bytes as before the digest was added (canonical JSON leaves out an undefined key).
 */
function additionalData(header: Header, encryption: EncryptionParams, headerDigest?: string) {
  return encoder.encode(canonicalJson({ ...header, encryption, headerDigest }));
}

async function digestOf(header: Header, encryption: EncryptionParams): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', headerBytes(header, encryption));
  return toBase64(new Uint8Array(digest));
}

/**
 * False when the clear header no longer matches its digest: the file was edited after export. A
 * file from before the digest has none to check (its header is still covered by the AES-GCM tag).
 */
export async function headerIntact(envelope: SealedFile): Promise<boolean> {
  const { encryption, ciphertext: _, headerDigest, ...header } = envelope;
  // Not a secret, so a plain compare will do; base64 of the same bytes is the same text.
  return headerDigest === undefined || headerDigest === (await digestOf(header, encryption));
}

function random(bytes: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(bytes));
}

export async function encryptEnvelope(
  plaintext: Uint8Array<ArrayBuffer>,
  header: ExportHeader,
  passphrase: string,
  iterations: number = MIN_ITERATIONS,
): Promise<EncryptedEnvelope> {
  const salt = random(SALT_BYTES);
  const iv = random(IV_BYTES);
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const encryption: EncryptionParams = {
    cipher: 'AES-GCM',
    keyBits: 256,
    iv: toBase64(iv),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    passphraseCheck: toBase64(check),
  };
  const headerDigest = await digestOf(header, encryption);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header, encryption, headerDigest) },
    key,
    plaintext,
  );
  return { ...header, encryption, headerDigest, ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export type Decrypted =
  | { ok: true; plaintext: Uint8Array<ArrayBuffer> }
  | { ok: false; code: 'wrong_passphrase' | 'tampered' };

export async function decryptEnvelope(
  envelope: SealedFile,
  passphrase: string,
): Promise<Decrypted> {
  if (!(await headerIntact(envelope))) return { ok: false, code: 'tampered' };
  const { encryption, ciphertext, headerDigest, ...header } = envelope;
  const salt = fromBase64(encryption.kdf.salt);
  const iv = fromBase64(encryption.iv);
  const expected = fromBase64(encryption.passphraseCheck);
  const data = fromBase64(ciphertext);
  if (!salt || !iv || !expected || !data) return { ok: false, code: 'tampered' };
  const { key, check } = await deriveKeys(passphrase, salt, encryption.kdf.iterations);
  if (!sameBytes(check, expected)) return { ok: false, code: 'wrong_passphrase' };
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header, encryption, headerDigest) },
      key,
      data,
    );
    return { ok: true, plaintext: new Uint8Array(plaintext) };
  } catch {
    return { ok: false, code: 'tampered' };
  }
}
