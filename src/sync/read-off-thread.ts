/**
 * Reads and checks an export file in a Web Worker, so the page stays responsive and its progress
 * bar moves while a large file is parsed and checked; the result is the same `ReadResult` the
 * in-page reader gives. Where there is no Worker (tests, an old browser) or it cannot start, the
 * file is read here instead. The Sync screen starts the worker as it opens (`warmReadWorker`):
 * loading and compiling the worker's code is then done before the owner has chosen a file.
 */
import { readExportFile, type ReadOptions, type ReadResult } from './read';
import type { TableName } from '../domain/records';
import { assembleResult, type ReadReply, type ReadRequest } from './read-request';

export type StartWorker = () => Worker;

/** Vite sees this URL and builds the worker as a chunk of its own, loaded on the first import. */
export const startReadWorker: StartWorker = () =>
  new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module', name: 'import' });

const defaultStart = typeof Worker === 'function' ? startReadWorker : undefined;

/** A worker started ahead of the file, and whether it failed to start meanwhile. */
interface Warm {
  worker: Worker;
  failed: boolean;
}
let warm: Warm | undefined;

/**
 * Starts the reading worker before it is needed; the next read takes it. Returns the release,
 * which ends the worker if no read took it (the screen that wanted it closed).
 */
export function warmReadWorker(start: StartWorker | undefined = defaultStart): () => void {
  if (!start || warm) return () => undefined;
  let entry: Warm;
  try {
    entry = { worker: start(), failed: false };
  } catch {
    return () => undefined;
  }
  // Its script did not load: the read that takes it reads in the page instead.
  entry.worker.onerror = (event) => {
    event.preventDefault();
    entry.failed = true;
  };
  warm = entry;
  return () => {
    if (warm !== entry) return;
    warm = undefined;
    entry.worker.terminate();
  };
}

export function readExportFileOffThread(
  file: Blob,
  options: ReadOptions = {},
  start: StartWorker | undefined = defaultStart,
): Promise<ReadResult> {
  let worker: Worker;
  const ready = warm;
  warm = undefined;
  try {
    if (ready?.failed) {
      ready.worker.terminate();
      return readExportFile(file, options);
    }
    if (ready) worker = ready.worker;
    else if (start) worker = start();
    else return readExportFile(file, options);
  } catch {
    return readExportFile(file, options);
  }
  return new Promise<ReadResult>((resolve, reject) => {
    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    };
    // A worker that cannot start (its script did not load) or stops half way (out of memory):
    // the file is read here instead, so the owner sees what the page itself would say.
    const fallBack = (event: Event) => {
      event.preventDefault();
      finish();
      readExportFile(file, options).then(resolve, reject);
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    const tables = new Map<TableName, readonly unknown[]>();
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        options.onProgress?.(reply.progress);
        return;
      }
      if (reply.kind === 'table') {
        tables.set(reply.table, reply.records);
        return;
      }
      finish();
      resolve(assembleResult(reply, tables));
    };
    const request: ReadRequest = { file, passphrase: options.passphrase };
    worker.postMessage(request);
  });
}
