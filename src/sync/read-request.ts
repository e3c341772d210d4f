/**
 * What the page and the import's reading worker say to each other: the page sends the file (a
 * File crosses without copying its bytes) and the passphrase; the worker answers with progress
 * as it goes and then the read's result, the checked records or every problem found. Kept apart
 * from the worker's entry so tests can run both sides without a Worker.
 */
import type { Progress } from './progress';
import { failedRead, readExportFile, type ReadResult } from './read';

export interface ReadRequest {
  file: Blob;
  passphrase?: string | undefined;
}

/** The reader turns every failure into a problem, so the worker always answers with a result. */
export type ReadReply =
  { kind: 'progress'; progress: Progress } | { kind: 'result'; result: ReadResult };

/** The worker's side: read and check the file, telling the page how far it got. */
export async function answerReadRequest(
  request: ReadRequest,
  reply: (message: ReadReply) => void,
): Promise<void> {
  const result = await readExportFile(request.file, {
    passphrase: request.passphrase,
    onProgress: (progress) => reply({ kind: 'progress', progress }),
  });
  try {
    reply({ kind: 'result', result });
  } catch {
    // The result could not be sent (it would not copy): the page must not wait for ever.
    reply({ kind: 'result', result: failedRead() });
  }
}
