/**
 * Hostile and broken files: each is refused with a clear problem (what and where) and the
 * database — every table, the device-local meta included — stays byte-for-byte as it was.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LedgerDb } from '../db';
import { freshDb } from '../db/test-db';
import { buildExport } from './export';
import { MAX_FILE_BYTES } from './format';
import { prepareImport, type Prepared } from './prepare';
import type { Problem } from './problems';
import { dumpDb } from './test-helpers';
import { seedLedger } from './test-ledger';

let source: LedgerDb;
let target: LedgerDb;
let valid: string;
let before: string;

beforeEach(async () => {
  source = freshDb();
  target = freshDb();
  await seedLedger(source);
  await seedLedger(target);
  valid = (await buildExport(source, { deviceName: 'Phone' })).text;
  before = await dumpDb(target);
});

afterEach(async () => {
  await source.delete();
  await target.delete();
});

const file = (text: string) => new File([text], 'goodwill-ledger-phone.json');

/** The file as parsed JSON, to break one thing in it. */
function edited(change: (json: Record<string, unknown>) => void) {
  const json = JSON.parse(valid) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
}

async function refused(text: string | Blob, passphrase?: string): Promise<Problem[]> {
  const result: Prepared = await prepareImport(
    target,
    typeof text === 'string' ? file(text) : text,
    { passphrase },
  );
  expect(result.ok).toBe(false);
  expect(await dumpDb(target)).toBe(before);
  return result.ok ? [] : result.problems;
}

const record = (json: Record<string, unknown>, table: string, i = 0) =>
  (json[table] as unknown[])[i] as Record<string, unknown>;

describe('a broken file changes nothing and says what is wrong', () => {
  test('not JSON', async () => {
    expect(await refused('Dear accountant, here are the numbers')).toEqual([{ code: 'not_json' }]);
  });

  test('truncated', async () => {
    expect(await refused(valid.slice(0, Math.floor(valid.length / 2)))).toEqual([
      { code: 'truncated' },
    ]);
    expect(await refused(valid.slice(0, valid.lastIndexOf(']')))).toEqual([{ code: 'truncated' }]);
  });

  test('empty', async () => {
    expect(await refused('')).toEqual([{ code: 'empty' }]);
    expect(await refused('  \n ')).toEqual([{ code: 'empty' }]);
  });

  test("another app's JSON", async () => {
    expect(await refused('{"name":"my-app","version":"1.0.0"}')).toEqual([
      { code: 'not_our_file' },
    ]);
    expect(await refused('[1, 2, 3]')).toEqual([{ code: 'not_our_file' }]);
    expect(await refused('null')).toEqual([{ code: 'not_our_file' }]);
  });

  test('a newer format version than this app understands', async () => {
    expect(await refused(edited((j) => (j.version = 4)))).toEqual([
      { code: 'newer_version', params: { version: 4, supported: 3 } },
    ]);
  });

  test('a version that is not a version', async () => {
    expect(await refused(edited((j) => (j.version = '1')))).toEqual([
      { code: 'bad_version', path: 'version' },
    ]);
    expect(await refused(edited((j) => (j.version = 0)))).toEqual([
      { code: 'bad_version', path: 'version' },
    ]);
  });

  test('wrong types', async () => {
    const problems = await refused(
      edited((j) => {
        record(j, 'jobs').depositAsked = '150000';
        record(j, 'parties').archived = 'no';
        record(j, 'parties', 1).name = 42;
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'expected_number', path: 'jobs[0].depositAsked' },
        { code: 'expected_boolean', path: 'parties[0].archived' },
        { code: 'expected_text', path: 'parties[1].name' },
      ]),
    );
  });

  test('negative and fractional cents', async () => {
    const problems = await refused(
      edited((j) => {
        record(j, 'jobs').depositAsked = -500;
        record(j, 'payments').amount = 10.5;
      }),
    );
    expect(problems).toEqual([
      { code: 'negative', path: 'jobs[0].depositAsked' },
      { code: 'not_whole_cents', path: 'payments[0].amount' },
    ]);
  });

  test('impossible dates and times', async () => {
    const problems = await refused(
      edited((j) => {
        record(j, 'jobs').orderedOn = '2026-02-30';
        record(j, 'contacts').on = 'yesterday';
        record(j, 'parties').createdAt = '2026-13-01T00:00:00Z';
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'invalid_day', path: 'jobs[0].orderedOn' },
        { code: 'invalid_day', path: 'contacts[0].on' },
        { code: 'invalid_instant', path: 'parties[0].createdAt' },
      ]),
    );
  });

  test('a missing field and an unknown choice', async () => {
    const problems = await refused(
      edited((j) => {
        delete record(j, 'jobs').title;
        record(j, 'jobs').status = 'finished';
      }),
    );
    // In the order the fields come in the file, whose keys are sorted.
    expect(problems).toEqual([
      {
        code: 'invalid_choice',
        path: 'jobs[0].status',
        params: { options: 'open, done, invoiced, cancelled' },
      },
      { code: 'missing', path: 'jobs[0].title' },
    ]);
  });

  test('duplicate ids', async () => {
    const problems = await refused(
      edited((j) => {
        (j.parties as unknown[]).push({ ...record(j, 'parties', 0), name: 'Copy' });
      }),
    );
    expect(problems).toEqual([
      { code: 'duplicate_id', path: 'parties[3].id', params: { first: 'parties[0]' } },
    ]);
  });

  test('references to records that are not in the file', async () => {
    const problems = await refused(
      edited((j) => {
        record(j, 'jobs').clientId = '7a0c5b52-5f3c-4b8e-9d61-3f1c2b4a5e6f';
        (record(j, 'payments').allocations as { jobId: string }[])[0]!.jobId =
          '7a0c5b52-5f3c-4b8e-9d61-3f1c2b4a5e70';
      }),
    );
    expect(problems).toEqual([
      { code: 'missing_reference', path: 'jobs[0].clientId', params: { table: 'parties' } },
      {
        code: 'missing_reference',
        path: 'payments[0].allocations[0].jobId',
        params: { table: 'jobs' },
      },
    ]);
  });

  test('__proto__, constructor and prototype keys are refused and pollute nothing', async () => {
    const withKeys = valid.replace(
      '"kind":"client"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},"kind":"client"',
    );
    const problems = await refused(withKeys);
    expect(problems.map((p) => p.code)).toEqual([
      'unknown_field',
      'unknown_field',
      'unknown_field',
    ]);
    expect(problems.map((p) => p.path?.replace(/\[\d+\]/, '[i]'))).toEqual([
      'parties[i].__proto__',
      'parties[i].constructor',
      'parties[i].prototype',
    ]);
    const top = valid.replace('"version": 3', '"__proto__": {"polluted": true}, "version": 3');
    expect(await refused(top)).toEqual([{ code: 'unknown_field', path: '__proto__' }]);
    const stamps = valid.replace('"stamps":{', '"stamps":{"__proto__":"x",');
    expect((await refused(stamps))[0]?.path).toMatch(/^\w+\[\d+\]\.stamps\.__proto__$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a __proto__ key spelt with escapes is refused too', async () => {
    const stamps = valid.replace('"stamps":{', '"stamps":{"\\u005f\\u005fproto__":"x",');
    expect(stamps).not.toContain('__proto__');
    expect((await refused(stamps))[0]?.path).toMatch(/^\w+\[\d+\]\.stamps\.__proto__$/);
    const named = valid.replace('"kind":"client"', '"_\\u005fpr\\u006fto__":{},"kind":"client"');
    expect((await refused(named))[0]).toMatchObject({ code: 'unknown_field' });
  });

  test('a record nested 100,000 levels deep is refused at its field, with or without an escape', async () => {
    const levels = 100_000;
    // The escape is what sent the old reader down its recursive hunt for a hidden __proto__ key.
    const deep = `${'['.repeat(levels)}"\\u0041"${']'.repeat(levels)}`;
    const text = edited((j) => (record(j, 'parties').notes = 'DEEP')).replace('"DEEP"', deep);
    const tooDeep = { code: 'too_deep', path: 'parties[0].notes', params: { limit: 32 } };
    expect(await refused(text)).toEqual([tooDeep]);
    expect(await refused(text.replace('\\u0041', 'A'))).toEqual([tooDeep]);
  });

  test('a file over the size limit is refused before it is read', async () => {
    let read = false;
    const huge = {
      size: MAX_FILE_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as Blob;
    expect(await refused(huge)).toEqual([{ code: 'too_large', params: { size: 281, limit: 280 } }]);
    expect(read).toBe(false);
  });

  test('an unknown field at the top of the file, and a table that is not a list', async () => {
    const problems = await refused(
      edited((j) => {
        j.extra = 1;
        j.jobs = {};
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'expected_list', path: 'jobs' },
        { code: 'unknown_field', path: 'extra' },
      ]),
    );
  });

  test('a settings record under another id', async () => {
    const problems = await refused(
      edited((j) => (record(j, 'settings').id = 'a0c5b52f-5f3c-4b8e-9d61-3f1c2b4a5e6f')),
    );
    expect(problems).toEqual([{ code: 'settings_id', path: 'settings[0].id' }]);
  });
});

describe('the text encoding', () => {
  /** The text as UTF-16 code units, each two bytes in the given order, after a byte-order mark. */
  function utf16(text: string, order: 'LE' | 'BE'): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(2 + text.length * 2);
    const [first, second] = order === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff];
    bytes[0] = first;
    bytes[1] = second;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const [low, high] = [unit & 0xff, unit >> 8];
      bytes[2 + i * 2] = order === 'LE' ? low : high;
      bytes[3 + i * 2] = order === 'LE' ? high : low;
    }
    return bytes;
  }

  async function opened(bytes: Uint8Array<ArrayBuffer>) {
    const result = await prepareImport(target, new File([bytes], 'resaved.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.file.dataset;
  }

  test('a file re-saved as UTF-16 with a byte-order mark, either byte order, reads as the UTF-8 one', async () => {
    const named = edited((j) => (record(j, 'parties').name = 'Zoë Åberg «Ёлка» 😀'));
    const expected = await opened(new TextEncoder().encode(named));
    expect(expected.parties[0]?.name).toBe('Zoë Åberg «Ёлка» 😀');
    expect(await opened(utf16(named, 'LE'))).toEqual(expected);
    expect(await opened(utf16(named, 'BE'))).toEqual(expected);
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(named)]);
    expect(await opened(withMark)).toEqual(expected);
  });

  test('bytes that are not UTF-8 are refused, not turned into replacement characters', async () => {
    const bytes = new TextEncoder().encode(edited((j) => (record(j, 'parties').name = 'Zo?')));
    // "?" becomes 0xFF, a byte UTF-8 never uses.
    bytes[bytes.indexOf('?'.charCodeAt(0))] = 0xff;
    expect(await refused(new File([bytes], 'broken.json'))).toEqual([
      { code: 'invalid_text', params: { encoding: 'UTF-8' } },
    ]);
  });

  test('a UTF-16 file with a broken character is refused, naming its encoding', async () => {
    // A lone high surrogate, the first half of a character with no second half.
    const broken = valid.replace('"kind":"client"', '"kind":"\uD800"');
    expect(await refused(new File([utf16(broken, 'LE')], 'broken.json'))).toEqual([
      { code: 'invalid_text', params: { encoding: 'UTF-16LE' } },
    ]);
  });
});

describe('encrypted files', () => {
  test('a wrong passphrase says so and changes nothing; so does a file changed after encryption', async () => {
    const sealed = (await buildExport(source, { deviceName: 'Phone', passphrase: 'correct horse' }))
      .text;
    expect(await refused(sealed)).toEqual([{ code: 'needs_passphrase' }]);
    expect(await refused(sealed, 'wrong horse')).toEqual([{ code: 'wrong_passphrase' }]);

    const json = JSON.parse(sealed) as { ciphertext: string; device: { name: string } };
    const flipped = json.ciphertext.startsWith('A') ? 'B' : 'A';
    const tampered = JSON.stringify({ ...json, ciphertext: flipped + json.ciphertext.slice(1) });
    expect(await refused(tampered, 'correct horse')).toEqual([{ code: 'tampered' }]);

    const renamed = JSON.stringify({ ...json, device: { ...json.device, name: 'Evil' } });
    expect(await refused(renamed, 'correct horse')).toEqual([{ code: 'tampered' }]);
  }, 30_000);
});

/** The clear header of an encrypted file, as far as these tests change it. */
interface SealedJson {
  exportedAt: string;
  device: { name: string };
  encryption: { kdf: { salt: string; iterations: number } };
}

describe('an encrypted file whose clear header was edited', () => {
  let sealed: SealedJson;
  beforeAll(async () => {
    const db = freshDb();
    await seedLedger(db);
    sealed = JSON.parse(
      (await buildExport(db, { deviceName: 'Phone', passphrase: 'correct horse' })).text,
    ) as SealedJson;
    await db.delete();
  }, 30_000);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** The sealed file with one thing in its clear header changed. */
  function withHeader(change: (json: SealedJson) => void): string {
    const json = structuredClone(sealed);
    change(json);
    return JSON.stringify(json);
  }

  test('a changed salt or iteration count is a changed file, not a wrong passphrase', async () => {
    const salt = withHeader((j) => {
      const kdf = j.encryption.kdf;
      kdf.salt = (kdf.salt.startsWith('A') ? 'B' : 'A') + kdf.salt.slice(1);
    });
    expect(await refused(salt, 'correct horse')).toEqual([{ code: 'tampered' }]);
    const iterations = withHeader((j) => (j.encryption.kdf.iterations = 700_000));
    expect(await refused(iterations, 'correct horse')).toEqual([{ code: 'tampered' }]);
  }, 30_000);

  test('is refused as changed before a passphrase is even asked for', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    const device = withHeader((j) => (j.device.name = 'Evil'));
    const exportedAt = withHeader((j) => (j.exportedAt = '2026-01-01T00:00:00.000Z'));
    expect(await refused(device)).toEqual([{ code: 'tampered' }]);
    expect(await refused(exportedAt)).toEqual([{ code: 'tampered' }]);
    expect(derive).not.toHaveBeenCalled();
  });

  test('while the untouched file still asks for its passphrase', async () => {
    expect(await refused(JSON.stringify(sealed))).toEqual([{ code: 'needs_passphrase' }]);
  });
});

describe('text that looks like code', () => {
  test('HTML and script in a name are kept as plain text', async () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const text = edited((j) => (record(j, 'parties').name = html));
    const result = await prepareImport(target, file(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const party = result.file.dataset.parties.find((p) => p.name === html);
    expect(party?.name).toBe(html);
  });
});
