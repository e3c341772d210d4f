import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import sealedFixture from '../../tests/fixtures/encrypted-export-v1.json?raw';
import type { LedgerDb } from '../db';
import { freshDb } from '../db/test-db';
import { buildExport } from './export';
import type { Progress } from './progress';
import { readExportFile, type ReadResult } from './read';
import { readExportFileOffThread, warmReadWorker, type StartWorker } from './read-off-thread';
import { tableNames } from '../domain/records';
import {
  answerReadRequest,
  assembleResult,
  type ReadReply,
  type ReadRequest,
} from './read-request';
import { seedLedger } from './test-ledger';

/**
 * A stand-in for the browser's Worker that runs the worker's own side in this thread, copying
 * every reply the way postMessage does, so the page's side sees what it would see.
 */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: Event) => void) | null = null;
  terminated = false;
  constructor(private readonly fails = false) {}

  postMessage(request: ReadRequest) {
    if (this.fails) {
      queueMicrotask(() => this.onerror?.(new Event('error', { cancelable: true })));
      return;
    }
    void answerReadRequest(request, (reply) => {
      this.onmessage?.(new MessageEvent('message', { data: structuredClone(reply) }));
    });
  }

  terminate() {
    this.terminated = true;
  }
}

let db: LedgerDb;
let text: string;
beforeAll(async () => {
  db = freshDb();
  await seedLedger(db);
  text = (await buildExport(db, { deviceName: 'Phone' })).text;
});
afterAll(() => db.delete());
afterEach(() => {
  vi.restoreAllMocks();
});

const file = (content: string) => new File([content], 'export.json');

async function read(content: string, start?: StartWorker) {
  const progress: Progress[] = [];
  const result = await readExportFileOffThread(
    file(content),
    { onProgress: (p) => progress.push(p) },
    start,
  );
  return { result, phases: [...new Set(progress.map((p) => p.phase))] };
}

describe('reading a file off the page', () => {
  test('the worker gives the same checked records and progress as reading in the page', async () => {
    const workers: FakeWorker[] = [];
    const start = () => {
      workers.push(new FakeWorker());
      return workers.at(-1) as unknown as Worker;
    };
    const inWorker = await read(text, start);
    const inPage = await read(text);
    expect(inWorker.result.ok).toBe(true);
    expect(inWorker.result).toEqual(inPage.result);
    expect(inWorker.phases).toEqual(['reading', 'checking']);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  test('a refused file lists the very same problems through the worker', async () => {
    const broken = text.replace('"kind":"client"', '"kind":"friend"');
    const start = () => new FakeWorker() as unknown as Worker;
    const { result } = await read(broken, start);
    const expected: ReadResult = await readExportFile(file(broken));
    expect(result.ok).toBe(false);
    expect(result).toEqual(expected);
  });

  // Three key derivations of 600,000 rounds each, on a machine that may be busy.
  test('an encrypted file asks for its passphrase through the worker as it does in the page', async () => {
    const sealed = (await buildExport(db, { deviceName: 'Phone', passphrase: 'correct horse' }))
      .text;
    const start = () => new FakeWorker() as unknown as Worker;
    const locked = await readExportFileOffThread(file(sealed), {}, start);
    expect(locked).toEqual(await readExportFile(file(sealed)));
    const opened = await readExportFileOffThread(
      file(sealed),
      { passphrase: 'correct horse' },
      start,
    );
    expect(opened.ok && opened.file.encrypted).toBe(true);
  }, 60_000);

  test('a file nested too deeply is refused with its place through the worker too', async () => {
    const levels = 100_000;
    const deep = text.replace(
      '"kind":"client"',
      `"kind":${'['.repeat(levels)}"\\u0041"${']'.repeat(levels)}`,
    );
    const start = () => new FakeWorker() as unknown as Worker;
    const { result } = await read(deep, start);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'too_deep',
          path: expect.stringMatching(/^parties\[\d+\]\.kind$/),
          params: { limit: 32 },
        },
      ],
      more: false,
    });
  });

  test('a failure the reader did not foresee is a problem in words, in the page and through the worker', async () => {
    // As a browser might refuse the key derivation: nothing in the reader expects it.
    vi.spyOn(crypto.subtle, 'deriveBits').mockRejectedValue(new Error('OperationError: raw words'));
    const failed: ReadResult = { ok: false, problems: [{ code: 'check_failed' }], more: false };
    const options = { passphrase: 'anything' };
    expect(await readExportFile(file(sealedFixture), options)).toEqual(failed);
    const start = () => new FakeWorker() as unknown as Worker;
    expect(await readExportFileOffThread(file(sealedFixture), options, start)).toEqual(failed);
  });

  test('a worker that cannot start or fails leaves the reading to the page', async () => {
    const failing = new FakeWorker(true);
    const viaFailing = await read(text, () => failing as unknown as Worker);
    expect(viaFailing.result.ok).toBe(true);
    expect(failing.terminated).toBe(true);
    const viaThrow = await read(text, () => {
      throw new Error('Workers are blocked here');
    });
    expect(viaThrow.result).toEqual(viaFailing.result);
  });

  test('where there is no Worker at all, the page reads the file itself', async () => {
    expect(typeof Worker).toBe('undefined');
    const { result } = await read(text);
    expect(result.ok).toBe(true);
  });
});

describe('the records crossing from the worker table by table', () => {
  async function replies(content: string) {
    const got: ReadReply[] = [];
    await answerReadRequest({ file: file(content) }, (reply) => got.push(structuredClone(reply)));
    return got;
  }

  test('each table is sent once checked, before the result, which leaves it out', async () => {
    const got = await replies(text);
    const tables = got.filter((r) => r.kind === 'table');
    expect(tables.map((r) => r.table)).toEqual(tableNames);
    const last = got.at(-1)!;
    expect(last.kind).toBe('result');
    if (last.kind !== 'result' || !last.result.ok) throw new Error('expected an ok result');
    expect(last.sent).toEqual(tableNames);
    for (const table of tableNames) expect(last.result.file.dataset[table]).toEqual([]);
    // Put back together, it is the file the page reads itself.
    const assembled = assembleResult(last, new Map(tables.map((r) => [r.table, r.records])));
    expect(assembled).toEqual(await readExportFile(file(text)));
    expect(assembled.ok && assembled.file.dataset.parties.length).toBeGreaterThan(0);
  });

  test('a refused file ends in its problems, whatever tables were sent before them', async () => {
    // A link to a job the file does not hold is found after every table's own check.
    const broken = text.replace(
      /"jobId":"[^"]+"/,
      '"jobId":"00000000-0000-4000-8000-000000000000"',
    );
    const got = await replies(broken);
    expect(got.filter((r) => r.kind === 'table').length).toBe(tableNames.length);
    const last = got.at(-1)!;
    expect(last.kind === 'result' && last.result).toEqual(await readExportFile(file(broken)));
    expect(last.kind === 'result' && last.result.ok).toBe(false);
  });

  test('a result naming a table that never arrived is a failed read, not a file short of records', async () => {
    const got = await replies(text);
    const last = got.at(-1)!;
    if (last.kind !== 'result') throw new Error('expected a result');
    const withoutJobs = new Map(
      got.flatMap((r) => (r.kind === 'table' && r.table !== 'jobs' ? [[r.table, r.records]] : [])),
    );
    expect(assembleResult(last, withoutJobs)).toEqual({
      ok: false,
      problems: [{ code: 'check_failed' }],
      more: false,
    });
  });
});

describe('a worker started before the file is chosen', () => {
  function counting(fails = false) {
    const workers: FakeWorker[] = [];
    const start = () => {
      workers.push(new FakeWorker(fails));
      return workers.at(-1) as unknown as Worker;
    };
    return { workers, start };
  }

  test('is the one the next read uses, and only that read', async () => {
    const { workers, start } = counting();
    const release = warmReadWorker(start);
    expect(workers).toHaveLength(1);
    const { result } = await read(text, start);
    expect(result).toEqual(await readExportFile(file(text)));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    // The next read starts its own.
    await read(text, start);
    expect(workers).toHaveLength(2);
    release();
  });

  test('is ended by its release when no read took it, and left alone when one did', async () => {
    const { workers, start } = counting();
    warmReadWorker(start)();
    expect(workers[0]!.terminated).toBe(true);
    const release = warmReadWorker(start);
    const reading = read(text, () => {
      throw new Error('a second worker is not wanted');
    });
    release();
    expect((await reading).result.ok).toBe(true);
    expect(workers).toHaveLength(2);
  });

  test('that failed to start leaves the reading to the page', async () => {
    const { workers, start } = counting();
    warmReadWorker(start);
    workers[0]!.onerror?.(new Event('error', { cancelable: true }));
    const { result } = await read(text, start);
    expect(result).toEqual(await readExportFile(file(text)));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  test('is not started where there is no Worker', () => {
    expect(typeof Worker).toBe('undefined');
    expect(() => warmReadWorker()()).not.toThrow();
  });
});
