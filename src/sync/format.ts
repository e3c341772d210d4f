/**
 * The export file: an envelope naming the format, its version, the exporting device and the time,
 * holding every record of every synced table (tombstones included). An encrypted file keeps the
 * same header in clear and carries the plain envelope as AES-GCM ciphertext. docs/export-format.md
 * describes it; docs/export-format.schema.json is generated from these schemas.
 */
import { z } from 'zod';
import { instantSchema } from '../domain/date-schemas';
import { recordSchemas, tableNames, type RecordOf, type TableName } from '../domain/records';
import { BASE64_PATTERN } from './base64';

export const FORMAT_NAME = 'goodwill-ledger-export';
/** Raise it (and add a migration step and a frozen fixture) whenever the file's shape changes. */
export const CURRENT_VERSION = 3;
/**
 * Files above this are refused before they are read into memory: 200 MiB of records, and room
 * for the same records encrypted (base64 makes the ciphertext a third larger), so every file the
 * app can export within that size it can also import.
 */
export const MAX_FILE_BYTES = 280 * 1024 * 1024;
/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; the upper bound stops a file from hanging the app. */
export const MIN_ITERATIONS = 600_000;
export const MAX_ITERATIONS = 10_000_000;

export type Dataset = { [T in TableName]: RecordOf[T][] };

export function emptyDataset(): Dataset {
  return Object.fromEntries(tableNames.map((table) => [table, []])) as unknown as Dataset;
}

export const deviceIdSchema = z.string().regex(/^[0-9a-z-]{1,64}$/, { message: 'invalid_device' });

export const deviceSchema = z.strictObject({
  id: deviceIdSchema,
  name: z.string().trim().min(1, { error: 'required' }).max(100, { error: 'too_long' }),
});
export type DeviceInfo = z.infer<typeof deviceSchema>;

/**
 * A record as a file may hold it: every field checked as strictly as the database does, but not
 * the rules between fields of one record (a job's dates after its order date, allocations within
 * the amount). A per-field merge of two valid records can break those, so a device may hold such
 * a record and must be able to pass it on; the preview points them out instead (see merge.ts).
 */
function withoutRecordRules<S extends z.ZodType>(schema: S): S {
  return schema.clone({ ...schema._zod.def, checks: [] } as S['_zod']['def']) as S;
}

export const fileRecordSchemas = Object.fromEntries(
  tableNames.map((table) => [table, withoutRecordRules(recordSchemas[table])]),
) as unknown as { [T in TableName]: z.ZodType<RecordOf[T]> };

/** The fields that carry a stamp (every editable field and `deletedAt`), in schema order. */
export function stampedFields(table: TableName): readonly string[] {
  const shape = (recordSchemas[table] as unknown as z.ZodObject).shape;
  return Object.keys(shape).filter(
    (key) => key !== 'id' && key !== 'createdAt' && key !== 'updatedAt' && key !== 'stamps',
  );
}

const headerShape = {
  format: z.literal(FORMAT_NAME),
  version: z.literal(CURRENT_VERSION),
  exportedAt: instantSchema,
  device: deviceSchema,
};

export const headerSchema = z.strictObject(headerShape);
export type ExportHeader = z.infer<typeof headerSchema>;

export type PlainEnvelope = ExportHeader & Dataset;

/** The whole plain file; the reader checks its records one by one to report each problem's place. */
export const plainEnvelopeSchema = z.strictObject({
  ...headerShape,
  ...(Object.fromEntries(tableNames.map((table) => [table, z.array(fileRecordSchemas[table])])) as {
    [T in TableName]: z.ZodArray<z.ZodType<RecordOf[T]>>;
  }),
});

/** The plain envelope with each table only checked to be a list. */
export const plainOutlineSchema = z.strictObject({
  ...headerShape,
  ...(Object.fromEntries(tableNames.map((table) => [table, z.array(z.unknown())])) as {
    [T in TableName]: z.ZodArray<z.ZodUnknown>;
  }),
});

function base64Bytes(length: number) {
  return z
    .string()
    .length(Math.ceil(length / 3) * 4, { error: 'invalid' })
    .regex(BASE64_PATTERN, { message: 'invalid' });
}

export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const CHECK_BYTES = 32;
export const DIGEST_BYTES = 32;

export const encryptionSchema = z.strictObject({
  cipher: z.literal('AES-GCM'),
  keyBits: z.literal(256),
  iv: base64Bytes(IV_BYTES),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64Bytes(SALT_BYTES),
  }),
  /** Derived with the key from the passphrase: tells a wrong passphrase from a tampered file. */
  passphraseCheck: base64Bytes(CHECK_BYTES),
});
export type EncryptionParams = z.infer<typeof encryptionSchema>;

export const encryptedEnvelopeSchema = z.strictObject({
  ...headerShape,
  encryption: encryptionSchema,
  /**
   * SHA-256 of the header above (`encryption` included) as canonical JSON, checked before any key
   * is derived, so an edited header is told from a wrong passphrase. Files written before it was
   * added have none and are read as before.
   */
  headerDigest: base64Bytes(DIGEST_BYTES).optional(),
  /** The plain envelope's bytes, encrypted; the header above is authenticated with it. */
  ciphertext: z.string().min(1).regex(BASE64_PATTERN, { message: 'invalid' }),
});
export type EncryptedEnvelope = z.infer<typeof encryptedEnvelopeSchema>;

export const exportFileSchema = z.union([plainEnvelopeSchema, encryptedEnvelopeSchema]);
