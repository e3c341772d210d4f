/**
 * Reading an export file: a tolerant reader (JSON, the format marker, the version, decryption, the
 * migration chain) followed by a strict check of the whole file — every record against its table's
 * schema, no id twice, every link pointing at a record in the file. Nothing here touches the
 * database: a bad file is refused with every problem and its place before anything is written.
 */
import { referencesOf, SETTINGS_ID, tableNames, type TableName } from '../domain/records';
import { sameValue } from '../domain/same-value';
import { z } from 'zod';
import { decryptEnvelope, headerIntact } from './crypto';
import { decodeText } from './decode';
import {
  CURRENT_VERSION,
  emptyDataset,
  encryptedEnvelopeSchema,
  fileRecordSchemas,
  FORMAT_NAME,
  MAX_FILE_BYTES,
  plainOutlineSchema,
  type Dataset,
  type ExportHeader,
} from './format';
import { migrate, type RawFile } from './migrations';
import { MAX_DEPTH, protoKeyPath, tooDeepPath } from './nesting';
import {
  formatPath,
  issueProblems,
  ProblemList,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from './problems';
import { CHUNK, pause, type OnProgress } from './progress';

export interface ImportFile {
  header: ExportHeader;
  /** The version the file was written in, before migration. */
  fromVersion: number;
  encrypted: boolean;
  dataset: Dataset;
  records: number;
}

export type ReadResult =
  | { ok: true; file: ImportFile }
  | {
      ok: false;
      problems: Problem[];
      /** More problems were found than listed. */
      more: boolean;
      /** Set when the file is encrypted: who made it, so the screen can ask for the passphrase. */
      encrypted?: ExportHeader;
    };

export interface ReadOptions {
  passphrase?: string | undefined;
  onProgress?: OnProgress | undefined;
  /**
   * Each table's checked records as soon as its check passes (and no earlier table failed), before
   * the file's links are checked: the reading worker sends them on then, so the page takes them in
   * while the worker checks the rest. They count only if the read ends ok.
   */
  onTable?: ((table: TableName, records: readonly unknown[]) => void) | undefined;
}

/** What a read that failed unexpectedly says: a problem in words, never the raw exception. */
export function failedRead(): ReadResult {
  return refuse('check_failed');
}

function refuse(code: ProblemCode, params?: ProblemParams, path?: string): ReadResult {
  const problem: Problem = { code };
  if (params) problem.params = params;
  if (path) problem.path = path;
  return { ok: false, problems: [problem], more: false };
}

function isObject(value: unknown): value is RawFile {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Anything the reader did not foresee (a bug, memory running out) is still told as a problem in
 * the owner's words, never as a raw exception: nothing has been written at this stage.
 */
async function orFailed(read: () => Promise<ReadResult>): Promise<ReadResult> {
  try {
    return await read();
  } catch {
    return failedRead();
  }
}

/** The size is checked first, so a huge file is refused before it is read into memory. */
export function readExportFile(file: Blob, options: ReadOptions = {}): Promise<ReadResult> {
  return orFailed(() => readFile(file, options));
}

async function readFile(file: Blob, options: ReadOptions): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    return refuse('too_large', {
      size: Math.ceil(file.size / 1024 / 1024),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  if (file.size === 0) return refuse('empty');
  options.onProgress?.({ phase: 'reading', done: 0, total: file.size });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse('unreadable');
  }
  // Not Blob.text(): it would replace bad bytes with "�", and browsers differ on a UTF-16 mark.
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse('invalid_text', { encoding: decoded.encoding });
  return readText(decoded.text, options);
}

type Parsed = { ok: true; value: unknown } | { ok: false; code: 'not_json' | 'truncated' };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
    const cutShort =
      /end of (JSON|data)|unterminated/i.test(message) || position >= text.trimEnd().length;
    return { ok: false, code: cutShort ? 'truncated' : 'not_json' };
  }
}

const encryptedReadSchema = encryptedEnvelopeSchema.extend({
  version: z.int().min(1).max(CURRENT_VERSION),
});

export function readExportText(text: string, options: ReadOptions = {}): Promise<ReadResult> {
  return orFailed(() => readText(text, options));
}

/** How deep a value goes is checked before any walk over it, with the place where it goes too deep. */
function refuseTooDeep(value: unknown): ReadResult | undefined {
  const path = tooDeepPath(value);
  if (!path) return undefined;
  // The record's field (`parties[3].notes`) or the header's key: the owner can find that; the
  // 30 levels below it would only be a run of brackets.
  const place = typeof path[1] === 'number' ? path.slice(0, 3) : path.slice(0, 1);
  return refuse('too_deep', { limit: MAX_DEPTH }, formatPath(place));
}

async function readText(text: string, options: ReadOptions): Promise<ReadResult> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse('empty');
  const parsed = parseJson(body);
  if (!parsed.ok) return refuse(parsed.code);
  let raw = parsed.value;
  if (!isObject(raw) || raw.format !== FORMAT_NAME) return refuse('not_our_file');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('bad_version', undefined, 'version');
  }
  if (version > CURRENT_VERSION) {
    return refuse('newer_version', { version, supported: CURRENT_VERSION });
  }
  const tooDeep = refuseTooDeep(raw);
  if (tooDeep) return tooDeep;

  const encrypted = Object.hasOwn(raw, 'encryption') || Object.hasOwn(raw, 'ciphertext');
  let records = body;
  if (encrypted) {
    const opened = await openEncrypted(raw, options);
    if (!opened.ok) return opened.result;
    raw = opened.inner;
    records = opened.text;
  }

  let migrated: RawFile;
  try {
    migrated = migrate(raw as RawFile, version);
  } catch {
    return refuse('bad_version', undefined, 'version');
  }
  return checkFile(migrated, version, encrypted, mayHideProtoKey(records), options);
}

/**
 * Whether parsing `text` can have made a `__proto__` key: it must be written out, or spelt with a
 * `\u` escape (the only escape that can make a letter or `_`). The app's files have neither, so
 * their records need no walk looking for one.
 */
export function mayHideProtoKey(text: string): boolean {
  return text.includes('__proto__') || text.includes('\\u');
}

async function openEncrypted(
  raw: RawFile,
  options: ReadOptions,
): Promise<{ ok: true; inner: RawFile; text: string } | { ok: false; result: ReadResult }> {
  const envelope = encryptedReadSchema.safeParse(raw, { reportInput: true });
  if (!envelope.success) {
    const problems = new ProblemList();
    for (const issue of envelope.error.issues) {
      for (const p of issueProblems(issue, [])) problems.add(p);
    }
    return { ok: false, result: { ok: false, problems: problems.items, more: problems.full } };
  }
  const { format, version, exportedAt, device } = envelope.data;
  const header = { format, version, exportedAt, device } as ExportHeader;
  const ask = (code: ProblemCode): { ok: false; result: ReadResult } => ({
    ok: false,
    result: { ok: false, problems: [{ code }], more: false, encrypted: header },
  });
  // An edited header is told as such at once, before a passphrase is asked for or tried.
  if (!(await headerIntact(envelope.data))) return ask('tampered');
  if (!options.passphrase) return ask('needs_passphrase');

  options.onProgress?.({ phase: 'decrypting', done: 0, total: 1 });
  const decrypted = await decryptEnvelope(envelope.data, options.passphrase);
  if (!decrypted.ok) return ask(decrypted.code);
  let inner: unknown;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(decrypted.plaintext);
    inner = JSON.parse(text);
  } catch {
    return ask('tampered');
  }
  const tooDeep = refuseTooDeep(inner);
  if (tooDeep) return { ok: false, result: tooDeep };
  // The clear header is authenticated; the file inside must say the same.
  if (
    !isObject(inner) ||
    !sameValue(
      {
        format: inner.format,
        version: inner.version,
        exportedAt: inner.exportedAt,
        device: inner.device,
      },
      header,
    )
  ) {
    return ask('tampered');
  }
  return { ok: true, inner, text };
}

async function checkFile(
  raw: RawFile,
  fromVersion: number,
  encrypted: boolean,
  mayHideProto: boolean,
  options: ReadOptions,
): Promise<ReadResult> {
  const problems = new ProblemList();
  const outline = plainOutlineSchema.safeParse(raw, { reportInput: true });
  if (!outline.success) {
    for (const issue of outline.error.issues) {
      for (const p of issueProblems(issue, [])) problems.add(p);
    }
    return { ok: false, problems: problems.items, more: problems.full };
  }
  const file = outline.data;
  const total = tableNames.reduce((sum, table) => sum + file[table].length, 0);
  const dataset = emptyDataset();
  let done = 0;

  for (const table of tableNames) {
    const schema = fileRecordSchemas[table];
    const rows = file[table];
    const firstIndex = new Map<string, number>();
    const kept = dataset[table] as unknown[];
    for (let i = 0; i < rows.length && !problems.full; i++) {
      const hiddenAt = mayHideProto ? protoKeyPath(rows[i]) : undefined;
      const hidden = hiddenAt && [table, i, ...hiddenAt];
      const result = schema.safeParse(rows[i], { reportInput: true });
      if (hidden) problems.add({ code: 'unknown_field', path: formatPath(hidden) });
      if (!result.success) {
        for (const issue of result.error.issues) {
          for (const p of issueProblems(issue, [table, i])) problems.add(p);
        }
      } else if (!hidden) {
        const record = result.data;
        const first = firstIndex.get(record.id);
        if (first !== undefined) {
          problems.add({
            code: 'duplicate_id',
            path: formatPath([table, i, 'id']),
            params: { first: formatPath([table, first]) },
          });
        } else if (table === 'settings' && record.id !== SETTINGS_ID) {
          problems.add({ code: 'settings_id', path: formatPath([table, i, 'id']) });
        } else {
          firstIndex.set(record.id, i);
          kept.push(record);
        }
      }
      done += 1;
      if (done % CHUNK === 0) {
        options.onProgress?.({ phase: 'checking', done, total });
        await pause();
      }
    }
    if (problems.total === 0) options.onTable?.(table, kept);
  }
  if (problems.total === 0) checkReferences(dataset, problems);
  if (problems.total > 0) return { ok: false, problems: problems.items, more: problems.full };

  options.onProgress?.({ phase: 'checking', done: total, total });
  const header: ExportHeader = {
    format: file.format,
    version: file.version,
    exportedAt: file.exportedAt,
    device: file.device,
  };
  return { ok: true, file: { header, fromVersion, encrypted, dataset, records: total } };
}

function checkReferences(dataset: Dataset, problems: ProblemList) {
  const ids = new Map<TableName, Set<string>>(
    tableNames.map((table) => [table, new Set(dataset[table].map((r) => r.id))]),
  );
  for (const table of tableNames) {
    const records = dataset[table];
    for (let i = 0; i < records.length && !problems.full; i++) {
      for (const ref of referencesOf(table, records[i]!)) {
        if (!ids.get(ref.table)?.has(ref.id)) {
          problems.add({
            code: 'missing_reference',
            path: formatPath([table, i, ...ref.path]),
            params: { table: ref.table },
          });
        }
      }
    }
  }
}
