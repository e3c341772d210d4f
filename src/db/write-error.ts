import { StampFormatError } from '../domain/hlc';
import type { FieldErrors } from '../domain/validation';

/**
 * Why a write was refused. `validation` carries one error code per field; `storage` means the
 * browser would not store it (disk full, storage blocked); `clock` that this device's clock could
 * not stamp it (a stamp out of the format, which no field of the form explains): nothing was
 * written in any case.
 */
export class WriteError extends Error {
  constructor(
    readonly kind: 'validation' | 'storage' | 'not_found' | 'clock' | 'outdated',
    readonly fields: FieldErrors = {},
    options?: { cause?: unknown },
  ) {
    super(
      kind === 'validation' ? `Invalid fields: ${Object.keys(fields).join(', ')}` : kind,
      options,
    );
    this.name = 'WriteError';
  }
}

/** Runs a write, turning a storage or clock failure into the WriteError the screens explain. */
export async function guarded<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WriteError) throw error;
    if (isStorageFailure(error)) throw new WriteError('storage', {}, { cause: error });
    if (error instanceof StampFormatError) throw new WriteError('clock', {}, { cause: error });
    throw error;
  }
}

const storageErrorNames = new Set([
  'QuotaExceededError',
  'UnknownError',
  'InvalidStateError',
  'DatabaseClosedError',
  'OpenFailedError',
  'MissingAPIError',
]);

/** Dexie wraps quota errors in an aborted transaction; the real cause is the inner error. */
export function isStorageFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const name = (current as { name?: string }).name;
    if (name && storageErrorNames.has(name)) return true;
    current =
      (current as { inner?: unknown; cause?: unknown }).inner ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}
