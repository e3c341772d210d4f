import { describe, expect, test } from 'vitest';
import { fromBase64, toBase64 } from './base64';
import { decryptEnvelope, encryptEnvelope } from './crypto';
import { CURRENT_VERSION, encryptedEnvelopeSchema, FORMAT_NAME, MIN_ITERATIONS } from './format';

const header = {
  format: FORMAT_NAME,
  version: CURRENT_VERSION,
  exportedAt: '2026-04-02T10:30:00.000Z',
  device: { id: 'device-1', name: 'Phone' },
} as const;
const secret = new TextEncoder().encode('{"parties":[]}');

// Each key derivation is 600,000 rounds of PBKDF2: a second or more on a busy CI machine.
describe('passphrase encryption', { timeout: 30_000 }, () => {
  test('AES-GCM with a 256-bit key from PBKDF2-SHA256, 600,000 iterations, every parameter in the file', async () => {
    const sealed = await encryptEnvelope(secret, header, 'correct horse');
    expect(encryptedEnvelopeSchema.safeParse(sealed).success).toBe(true);
    expect(sealed.encryption).toMatchObject({
      cipher: 'AES-GCM',
      keyBits: 256,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS },
    });
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(sealed.encryption.kdf.salt)).toHaveLength(16);
    expect(fromBase64(sealed.encryption.iv)).toHaveLength(12);
    const opened = await decryptEnvelope(sealed, 'correct horse');
    expect(opened.ok && new TextDecoder().decode(opened.plaintext)).toBe('{"parties":[]}');
  });

  test('each file gets its own salt and iv', async () => {
    const a = await encryptEnvelope(secret, header, 'p');
    const b = await encryptEnvelope(secret, header, 'p');
    expect(a.encryption.kdf.salt).not.toBe(b.encryption.kdf.salt);
    expect(a.encryption.iv).not.toBe(b.encryption.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  test('a wrong passphrase is told apart from a changed file', async () => {
    const sealed = await encryptEnvelope(secret, header, 'correct horse');
    expect(await decryptEnvelope(sealed, 'Correct horse')).toEqual({
      ok: false,
      code: 'wrong_passphrase',
    });
    const bytes = fromBase64(sealed.ciphertext)!;
    bytes[0] = bytes[0]! ^ 1;
    expect(
      await decryptEnvelope({ ...sealed, ciphertext: toBase64(bytes) }, 'correct horse'),
    ).toEqual({
      ok: false,
      code: 'tampered',
    });
    expect(
      await decryptEnvelope({ ...sealed, exportedAt: '2027-01-01T00:00:00.000Z' }, 'correct horse'),
    ).toEqual({ ok: false, code: 'tampered' });
  });

  test('the same passphrase typed in another Unicode form still opens the file', async () => {
    const sealed = await encryptEnvelope(secret, header, 'Zoe\u0308');
    expect((await decryptEnvelope(sealed, 'Zo\u00eb')).ok).toBe(true);
  });
});

describe('base64', () => {
  test('round-trips bytes of any length and refuses what is not base64', () => {
    for (const length of [0, 1, 2, 3, 4, 100_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31) % 256);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(fromBase64('not base64!')).toBeUndefined();
    expect(fromBase64('abc')).toBeUndefined();
  });
});
