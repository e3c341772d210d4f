/**
 * What the page and the import's reading worker say to each other: the page sends the file (a
 * File crosses without copying its bytes) and the passphrase; the worker answers with progress
 * as it goes, each table's checked records as soon as that table passes, and then the read's
 * result: every problem found, or the file with the tables already sent left empty and named in
 * `sent`. Copying the records to the page is then done table by table while the worker checks the
 * next, not all at once after the last check. Kept apart from the worker's entry so tests can run
 * both sides without a Worker.
 */
import type { TableName } from '../domain/records';
import { emptyDataset } from './format';
import type { Progress } from './progress';
import { failedRead, readExportFile, type ReadResult } from './read';

export interface ReadRequest {
  file: Blob;
  passphrase?: string | undefined;
}

/** The reader turns every failure into a problem, so the worker always answers with a result. */
export type ReadReply =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'table'; table: TableName; records: readonly unknown[] }
  | {
      kind: 'result';
      result: ReadResult;
      /** The tables whose records came in 'table' replies, left empty in the result. */
      sent?: readonly TableName[];
    };

/** The worker's side: read and check the file, telling the page how far it got. */
export async function answerReadRequest(
  request: ReadRequest,
  reply: (message: ReadReply) => void,
): Promise<void> {
  const sent: TableName[] = [];
  const result = await readExportFile(request.file, {
    passphrase: request.passphrase,
    onProgress: (progress) => reply({ kind: 'progress', progress }),
    onTable: (table, records) => {
      try {
        reply({ kind: 'table', table, records });
        sent.push(table);
      } catch {
        // Not sent (it would not copy): it goes with the result instead.
      }
    },
  });
  try {
    if (!result.ok || sent.length === 0) {
      reply({ kind: 'result', result });
      return;
    }
    const dataset = { ...result.file.dataset };
    const empty = emptyDataset();
    for (const table of sent) (dataset[table] as unknown[]) = empty[table];
    reply({ kind: 'result', result: { ok: true, file: { ...result.file, dataset } }, sent });
  } catch {
    // The result could not be sent (it would not copy): the page must not wait for ever.
    reply({ kind: 'result', result: failedRead() });
  }
}

/**
 * The page's side of the result: the file with the tables sent before it put back in. A table the
 * result names but that never arrived makes the read a failure rather than a file short of records.
 */
export function assembleResult(
  reply: Extract<ReadReply, { kind: 'result' }>,
  tables: ReadonlyMap<TableName, readonly unknown[]>,
): ReadResult {
  const { result, sent = [] } = reply;
  if (!result.ok || sent.length === 0) return result;
  const dataset = { ...result.file.dataset };
  for (const table of sent) {
    const records = tables.get(table);
    if (!records) return failedRead();
    (dataset[table] as readonly unknown[]) = records;
  }
  return { ok: true, file: { ...result.file, dataset } };
}
