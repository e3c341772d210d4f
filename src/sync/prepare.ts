/** Read and check a file, then compare it with this device's data: the preview, nothing written. */
import type { LedgerDb } from '../db';
import { loadDataset } from './export';
import { planImport, type ImportPlan } from './plan';
import { readExportFile, type ImportFile, type ReadOptions, type ReadResult } from './read';

export type Prepared =
  { ok: true; file: ImportFile; plan: ImportPlan } | Extract<ReadResult, { ok: false }>;

export async function prepareImport(
  db: LedgerDb,
  file: Blob,
  options: ReadOptions = {},
): Promise<Prepared> {
  const read = await readExportFile(file, options);
  if (!read.ok) return read;
  const local = await loadDataset(db);
  const plan = await planImport(local, read.file.dataset, options.onProgress);
  return { ok: true, file: read.file, plan };
}
