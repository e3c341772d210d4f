/**
 * Generated ledgers written as export files, through the app's own serializer and encryption, so
 * a generated file is exactly what the app would have exported holding those records. Used by
 * scripts/generate.mjs (the command line), scripts/bench.mjs and src/sync/generated-files.test.ts.
 */
import type { Day } from '../src/domain/dates';
import { generateDemo } from '../src/domain/demo';
import { generateStress, stressCounts, type StressCounts } from '../src/domain/demo/stress';
import { demoWorksheets } from '../src/domain/demo/worksheets';
import { encryptEnvelope } from '../src/sync/crypto';
import { serializeEncrypted, serializePlain } from '../src/sync/export';
import {
  CURRENT_VERSION,
  emptyDataset,
  FORMAT_NAME,
  type Dataset,
  type ExportHeader,
} from '../src/sync/format';

/** The generators' default "today": fixed, so a seed alone decides the file's bytes. */
export const DEFAULT_AS_OF: Day = '2026-06-30';

export interface FileOptions {
  seed: number;
  asOf?: Day;
  currency?: string;
}

export interface GeneratedFile {
  text: string;
  header: ExportHeader;
  records: number;
}

/** The exporting "device" is the generator itself, named after the seed. */
export function generatorHeader(kind: string, seed: number, asOf: Day): ExportHeader {
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    exportedAt: `${asOf}T12:00:00.000Z`,
    device: { id: `generator-${kind}-${seed}`, name: `Generator (${kind}, seed ${seed})` },
  };
}

function write(kind: string, seed: number, asOf: Day, parts: Partial<Dataset>): GeneratedFile {
  const dataset = { ...emptyDataset(), ...parts };
  const header = generatorHeader(kind, seed, asOf);
  const records = Object.values(dataset).reduce((n, rows) => n + rows.length, 0);
  return { text: serializePlain({ ...header, ...dataset }), header, records };
}

/** The demo business the app offers new owners, with a few worksheets, as an export file. */
export function demoFile(options: FileOptions): GeneratedFile {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const demo = generateDemo({ seed: options.seed, asOf, currency: options.currency ?? 'USD' });
  const worksheets = demoWorksheets(demo, { seed: options.seed, asOf });
  return write('demo', options.seed, asOf, { ...demo, worksheets });
}

export interface StressFile extends GeneratedFile {
  counts: StressCounts;
  bigClientId: string;
}

export function stressFile(options: FileOptions & { scale?: number }): StressFile {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const scale = options.scale ?? 1;
  const { bigClientId, ...set } = generateStress({
    seed: options.seed,
    scale,
    asOf,
    currency: options.currency ?? 'USD',
  });
  return { ...write('stress', options.seed, asOf, set), counts: stressCounts(scale), bigClientId };
}

/**
 * The encrypted twin of a file (PBKDF2 with the app's iterations, once). Its salt and IV are
 * random, as they must be, so only its plaintext repeats with the seed.
 */
export async function encryptFile(file: GeneratedFile, passphrase: string): Promise<string> {
  const envelope = await encryptEnvelope(
    new TextEncoder().encode(file.text),
    file.header,
    passphrase,
  );
  return serializeEncrypted(envelope);
}
