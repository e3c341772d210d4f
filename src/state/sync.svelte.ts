/**
 * What the sync screen uses: this device's sync status (live), exporting a file or a CSV, and the
 * import flow — read and check a file, preview it, apply it with progress, undo it. The flow is one
 * module-level object so an import keeps going, and its progress stays visible, when the owner
 * leaves the screen and comes back.
 */
import { isStorageFailure, WriteError } from '../db';
import { nowInstant, today } from '../domain/dates';
import { t } from '../i18n/i18n.svelte';
import { takeSharedFile } from '../pwa/shared-file';
import {
  applyImport,
  buildExport,
  csvFileName,
  jobColumnKeys,
  jobsCsv,
  loadDataset,
  paymentColumnKeys,
  paymentsCsv,
  prepareImport,
  recordExport,
  setDeviceName,
  syncStatus,
  undoLastImport,
  type ApplyResult,
  type BuiltExport,
  type CsvText,
  type ExportHeader,
  type ImportFile,
  type ImportPlan,
  type Problem,
  type Progress,
  type RecordRef,
  type UndoResult,
} from '../sync';
import { db } from './db';
import { Live } from './live.svelte';

export type {
  ChangeType,
  Conflict,
  DeletedButEdited,
  ExportHeader,
  ExportNudge,
  FieldChoice,
  FromTheFuture,
  ImportFile,
  ImportPlan,
  KindChanges,
  LastImport,
  PlannedRecord,
  Problem,
  RecordRef,
  Progress,
  SyncStatus,
  TableCounts,
} from '../sync';
export {
  changeTypes,
  exportNudge,
  fileProblemCodes,
  groupChanges,
  MAX_FILE_BYTES,
  recordProblemCodes,
  typeCounts,
  warmReadWorker,
} from '../sync';

/** This device's name, last export and last import; current across tabs. */
export function liveSyncStatus() {
  return new Live(
    () => undefined,
    () => syncStatus(db),
  );
}

/** A name for this device until the owner gives it one, from what the browser says it runs on. */
export function guessDeviceName(userAgent: string = globalThis.navigator?.userAgent ?? ''): string {
  if (/iPhone/.test(userAgent)) return t('sync.device.iphone');
  if (/iPad/.test(userAgent)) return t('sync.device.ipad');
  if (/Android/.test(userAgent)) return t('sync.device.android');
  if (/CrOS/.test(userAgent)) return t('sync.device.chromebook');
  if (/Mac OS X|Macintosh/.test(userAgent)) return t('sync.device.mac');
  if (/Windows/.test(userAgent)) return t('sync.device.windows');
  if (/Linux/.test(userAgent)) return t('sync.device.linux');
  return t('sync.device.other');
}

export function saveDeviceName(name: string): Promise<void> {
  return setDeviceName(db, name);
}

function errorText(error: unknown): string {
  if (isStorageFailure(error)) return t('errors.storage');
  // Only a record brought back is checked field by field on import (apply.ts).
  if (error instanceof WriteError && error.kind === 'validation') {
    return t('sync.import.restoreInvalid');
  }
  if (error instanceof WriteError && error.kind === 'clock') return t('errors.clock');
  return error instanceof Error ? error.message : String(error);
}

export type ExportResult = { ok: true; built: BuiltExport } | { ok: false; message: string };

/** Builds the file; call `markExported` once it has been saved or shared. */
export async function makeExport(deviceName: string, passphrase: string): Promise<ExportResult> {
  try {
    return { ok: true, built: await buildExport(db, { deviceName, passphrase }) };
  } catch (error) {
    return { ok: false, message: t('sync.export.failed', { message: errorText(error) }) };
  }
}

export function markExported(built: BuiltExport): Promise<void> {
  return recordExport(db, {
    at: nowInstant(),
    fileName: built.fileName,
    records: built.records,
    encrypted: built.encrypted,
  });
}

function csvText(): CsvText {
  return {
    jobColumns: jobColumnKeys.map((key) => t(`sync.csv.column.${key}`)),
    paymentColumns: paymentColumnKeys.map((key) => t(`sync.csv.column.${key}`)),
    status: (status) => t(`jobs.status.${status}`),
    direction: (direction) => t(`sync.csv.direction.${direction}`),
    method: (method) => t(`payments.method.${method}`),
    purpose: (purpose) => t(`sync.csv.purpose.${purpose}`),
  };
}

/** A spreadsheet of the live jobs or payments, in the owner's language. */
export async function accountantCsv(
  what: 'jobs' | 'payments',
): Promise<{ text: string; fileName: string }> {
  const data = await loadDataset(db);
  const text = what === 'jobs' ? jobsCsv(data, csvText(), today()) : paymentsCsv(data, csvText());
  return { text, fileName: csvFileName(what) };
}

export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'locked'; fileName: string; header: ExportHeader; wrong: boolean }
  | { kind: 'refused'; fileName: string; problems: Problem[]; more: boolean }
  | { kind: 'preview'; fileName: string; file: ImportFile; plan: ImportPlan }
  | { kind: 'applying'; fileName: string; plan: ImportPlan }
  | { kind: 'done'; fileName: string; result: ApplyResult }
  | { kind: 'failed'; fileName: string; message: string };

class ImportFlow {
  // Raw state: a file's records must stay plain objects (IndexedDB cannot store proxies), and
  // nothing inside them changes in place.
  stage = $state.raw<ImportStage>({ kind: 'idle' });
  progress = $state.raw<Progress | undefined>(undefined);
  undoing = $state(false);
  #file: File | undefined;

  busy = $derived(this.stage.kind === 'reading' || this.stage.kind === 'applying' || this.undoing);

  #onProgress = (progress: Progress) => {
    this.progress = progress;
  };

  /** Reads and checks the whole file and compares it with this device; writes nothing. */
  async open(file: File, passphrase?: string): Promise<void> {
    if (this.busy) return;
    this.#file = file;
    const fileName = file.name;
    this.stage = { kind: 'reading', fileName };
    this.progress = undefined;
    try {
      const prepared = await prepareImport(db, file, { passphrase, onProgress: this.#onProgress });
      if (prepared.ok) {
        this.stage = { kind: 'preview', fileName, file: prepared.file, plan: prepared.plan };
      } else if (prepared.encrypted && !prepared.problems.some((p) => p.code === 'tampered')) {
        this.stage = {
          kind: 'locked',
          fileName,
          header: prepared.encrypted,
          wrong: prepared.problems.some((p) => p.code === 'wrong_passphrase'),
        };
      } else {
        this.stage = {
          kind: 'refused',
          fileName,
          problems: prepared.problems,
          more: prepared.more,
        };
      }
    } catch (error) {
      this.stage = { kind: 'failed', fileName, message: errorText(error) };
    } finally {
      this.progress = undefined;
    }
  }

  /**
   * Opens the file shared to the app from Android's share sheet (public/share-target.js), taking
   * it out of storage so it is offered once; says so when none arrived.
   */
  async openShared(): Promise<void> {
    if (this.busy) return;
    let file: File | undefined;
    try {
      file = await takeSharedFile();
    } catch (error) {
      this.stage = { kind: 'failed', fileName: '', message: errorText(error) };
      return;
    }
    if (file) await this.open(file);
    else this.stage = { kind: 'failed', fileName: '', message: t('sync.import.sharedMissing') };
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.stage.kind !== 'locked' || !this.#file) return;
    await this.open(this.#file, passphrase);
  }

  /** Applies the previewed file in one transaction; `restore` brings back chosen tombstones. */
  async apply(restore: RecordRef[] = []): Promise<void> {
    const stage = this.stage;
    if (stage.kind !== 'preview') return;
    this.stage = { kind: 'applying', fileName: stage.fileName, plan: stage.plan };
    this.progress = { phase: 'applying', done: 0, total: stage.plan.changes };
    try {
      const result = await applyImport(db, stage.file.dataset, {
        fileName: stage.fileName,
        header: stage.file.header,
        restore,
        plannedAt: stage.plan.nowMs,
        onProgress: this.#onProgress,
      });
      this.stage = { kind: 'done', fileName: stage.fileName, result };
    } catch (error) {
      this.stage = {
        kind: 'failed',
        fileName: stage.fileName,
        message: t('sync.import.failed', { message: errorText(error) }),
      };
    } finally {
      this.progress = undefined;
    }
  }

  async undo(): Promise<UndoResult | { ok: false; code: 'failed'; message: string }> {
    this.undoing = true;
    this.progress = { phase: 'undoing', done: 0, total: 1 };
    try {
      const result = await undoLastImport(db);
      if (result.ok) this.reset();
      return result;
    } catch (error) {
      return { ok: false, code: 'failed', message: errorText(error) };
    } finally {
      this.undoing = false;
      this.progress = undefined;
    }
  }

  reset() {
    if (this.busy && !this.undoing) return;
    this.stage = { kind: 'idle' };
    this.#file = undefined;
  }
}

export const importFlow = new ImportFlow();
