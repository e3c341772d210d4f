import { afterEach, describe, expect, test, vi } from 'vitest';
import { fromBase64, toBase64 } from './base64';
import { decryptEnvelope, encryptEnvelope, headerIntact, type SealedFile } from './crypto';
import { CURRENT_VERSION, encryptedEnvelopeSchema, FORMAT_NAME, MIN_ITERATIONS } from './format';

const header = {
  format: FORMAT_NAME,
  version: CURRENT_VERSION,
  exportedAt: '2026-04-02T10:30:00.000Z',
  device: { id: 'device-1', name: 'Phone' },
} as const;
const secret = new TextEncoder().encode('{"parties":[]}');

afterEach(() => {
  vi.restoreAllMocks();
});

/** JSON with keys sorted at every level: small, for the few objects built here. */
function sortedJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${sortedJson(record[key])}`).join(',')}}`;
}

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

  test('an edited header is reported as a changed file before any key is derived', async () => {
    const sealed = await encryptEnvelope(secret, header, 'correct horse');
    const { kdf } = sealed.encryption;
    const otherSalt = toBase64(fromBase64(kdf.salt)!.map((byte) => byte ^ 0xff));
    const edits: SealedFile[] = [
      { ...sealed, encryption: { ...sealed.encryption, kdf: { ...kdf, salt: otherSalt } } },
      { ...sealed, encryption: { ...sealed.encryption, kdf: { ...kdf, iterations: 600_001 } } },
      { ...sealed, device: { ...sealed.device, name: 'Tablet' } },
      { ...sealed, exportedAt: '2026-04-02T10:30:00.001Z' },
    ];
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    for (const edited of edits) {
      expect(await headerIntact(edited)).toBe(false);
      expect(await decryptEnvelope(edited, 'correct horse')).toEqual({
        ok: false,
        code: 'tampered',
      });
    }
    expect(derive).not.toHaveBeenCalled();
    expect(await headerIntact(sealed)).toBe(true);
  });

  test('the header digest is SHA-256 of the clear header as canonical JSON', async () => {
    const sealed = await encryptEnvelope(secret, header, 'p');
    const { kdf } = sealed.encryption;
    // Written out by hand: keys sorted at every level, no spaces.
    const clear =
      `{"device":{"id":"device-1","name":"Phone"},"encryption":{"cipher":"AES-GCM","iv":"${sealed.encryption.iv}",` +
      `"kdf":{"hash":"SHA-256","iterations":600000,"name":"PBKDF2","salt":"${kdf.salt}"},"keyBits":256,` +
      `"passphraseCheck":"${sealed.encryption.passphraseCheck}"},"exportedAt":"2026-04-02T10:30:00.000Z",` +
      `"format":"goodwill-ledger-export","version":3}`;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(clear));
    expect(sealed.headerDigest).toBe(toBase64(new Uint8Array(digest)));
  });

  test('a header edited with its digest recomputed, or with the digest taken out, still fails the tag', async () => {
    const sealed = await encryptEnvelope(secret, header, 'correct horse');
    const { headerDigest: _, ...withoutDigest } = sealed;
    expect(await decryptEnvelope(withoutDigest, 'correct horse')).toEqual({
      ok: false,
      code: 'tampered',
    });
    const forged = { ...sealed, exportedAt: '2027-01-01T00:00:00.000Z' };
    const clear = JSON.parse(
      JSON.stringify({ ...forged, headerDigest: undefined, ciphertext: undefined }),
    ) as object;
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(sortedJson(clear)),
    );
    forged.headerDigest = toBase64(new Uint8Array(digest));
    expect(await headerIntact(forged)).toBe(true);
    expect(await decryptEnvelope(forged, 'correct horse')).toEqual({
      ok: false,
      code: 'tampered',
    });
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
