/** Sync by files: what the state layer uses. See README.md and docs/export-format.md. */
export { applyImport, undoLastImport } from './apply';
export type { ApplyOptions, ApplyResult, RecordRef, UndoResult } from './apply';
export { csvFileName, jobColumnKeys, jobsCsv, paymentColumnKeys, paymentsCsv } from './csv';
export type { CsvText } from './csv';
export { recordExport, setDeviceName, syncStatus } from './device';
export type { LastExport, LastImport, SyncStatus } from './device';
export { buildExport, loadDataset } from './export';
export type { BuiltExport } from './export';
export { CURRENT_VERSION, MAX_FILE_BYTES, stampedFields } from './format';
export type { Dataset, DeviceInfo, ExportHeader } from './format';
export { exportNudge } from './nudge';
export type { ExportNudge } from './nudge';
export { planImport } from './plan';
export { prepareImport } from './prepare';
export type { Prepared } from './prepare';
export type {
  Conflict,
  DeletedButEdited,
  FieldChoice,
  FromTheFuture,
  ImportPlan,
  PlannedRecord,
  TableCounts,
} from './plan';
export { fileProblemCodes, recordProblemCodes } from './problems';
export type { Problem, ProblemCode } from './problems';
export type { Phase, Progress } from './progress';
export { readExportFile } from './read';
export { warmReadWorker } from './read-off-thread';
export type { ImportFile, ReadResult } from './read';
export type { Side, StoredRecord } from './merge';
export { changeTypes, groupChanges, typeCounts } from './changes';
export type { ChangeType, KindChanges } from './changes';
export { recordKinds } from './record-kind';
export type { RecordKind } from './record-kind';
