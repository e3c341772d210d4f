/**
 * Passphrase encryption: PBKDF2-HMAC-SHA256 (at least 600,000 iterations, a random salt per file)
 * derives 512 bits; the first 256 are the AES-GCM key, the rest a check value kept in the file, so
 * a wrong passphrase is told apart from a file changed after encryption. The clear header
 * (format, version, device, time, parameters) is authenticated as AES-GCM additional data, so
 * changing any of it is caught as tampering too.
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

function additionalData(
  header: Omit<ExportHeader, 'version'> & { version: number },
  encryption: EncryptionParams,
) {
  return encoder.encode(canonicalJson({ ...header, encryption }));
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
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header, encryption) },
    key,
    plaintext,
  );
  return { ...header, encryption, ciphertext: toBase64(new Uint8Array(ciphertext)) };
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
  const { encryption, ciphertext, ...header } = envelope;
  const salt = fromBase64(encryption.kdf.salt);
  const iv = fromBase64(encryption.iv);
  const expected = fromBase64(encryption.passphraseCheck);
  const data = fromBase64(ciphertext);
  if (!salt || !iv || !expected || !data) return { ok: false, code: 'tampered' };
  const { key, check } = await deriveKeys(passphrase, salt, encryption.kdf.iterations);
  if (!sameBytes(check, expected)) return { ok: false, code: 'wrong_passphrase' };
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header, encryption) },
      key,
      data,
    );
    return { ok: true, plaintext: new Uint8Array(plaintext) };
  } catch {
    return { ok: false, code: 'tampered' };
  }
}
