/**
 * Reads and checks an export file in a Web Worker, so the page stays responsive and its progress
 * bar moves while a large file is parsed and checked; the result is the same `ReadResult` the
 * in-page reader gives. Where there is no Worker (tests, an old browser) or it cannot start, the
 * file is read here instead.
 */
import { readExportFile, type ReadOptions, type ReadResult } from './read';
import type { ReadReply, ReadRequest } from './read-request';

export type StartWorker = () => Worker;

/** Vite sees this URL and builds the worker as a chunk of its own, loaded on the first import. */
export const startReadWorker: StartWorker = () =>
  new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module', name: 'import' });

export function readExportFileOffThread(
  file: Blob,
  options: ReadOptions = {},
  start: StartWorker | undefined = typeof Worker === 'function' ? startReadWorker : undefined,
): Promise<ReadResult> {
  let worker: Worker;
  try {
    if (!start) return readExportFile(file, options);
    worker = start();
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
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        options.onProgress?.(reply.progress);
        return;
      }
      finish();
      resolve(reply.result);
    };
    const request: ReadRequest = { file, passphrase: options.passphrase };
    worker.postMessage(request);
  });
}
