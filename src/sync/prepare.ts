/** Read and check a file, then compare it with this device's data: the preview, nothing written. */
import type { LedgerDb } from '../db';
import { loadDataset } from './export';
import { planImport, type ImportPlan } from './plan';
import type { ImportFile, ReadOptions, ReadResult } from './read';
import { readExportFileOffThread } from './read-off-thread';

export type Prepared =
  { ok: true; file: ImportFile; plan: ImportPlan } | Extract<ReadResult, { ok: false }>;

export async function prepareImport(
  db: LedgerDb,
  file: Blob,
  options: ReadOptions = {},
): Promise<Prepared> {
  // Parsing and checking a large file is the long part: a worker does it, the page stays live,
  // and this device's records are read meanwhile.
  const [read, local] = await Promise.all([
    readExportFileOffThread(file, options),
    loadDataset(db),
  ]);
  if (!read.ok) return read;
  const plan = await planImport(local, read.file.dataset, options.onProgress);
  return { ok: true, file: read.file, plan };
}
