import type { FieldErrors } from '../domain/validation';

/**
 * Why a write was refused. `validation` carries one error code per field; `storage` means the
 * browser would not store it (disk full, storage blocked): nothing was written either way.
 */
export class WriteError extends Error {
  constructor(
    readonly kind: 'validation' | 'storage' | 'not_found',
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
