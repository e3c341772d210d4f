/**
 * What the screens call to change data. Each returns a result instead of throwing, so a form can
 * put every error next to its field; deletes come with an Undo notice.
 */
import { isStorageFailure, saveRecord, saveSettings, setDeleted, WriteError } from '../db';
import type { InputOf, RecordOf, TableName, SettingsInput } from '../domain/records';
import type { FieldErrors } from '../domain/validation';
import { t } from '../i18n/i18n.svelte';
import { db } from './db';
import { notices } from './notices.svelte';

export type SaveResult<T> =
  { ok: true; record: T } | { ok: false; errors: FieldErrors; message: string };

/** A failed write in the user's words: field errors, or what went wrong with storage. */
export function failure(error: unknown): { ok: false; errors: FieldErrors; message: string } {
  if (error instanceof WriteError) {
    if (error.kind === 'validation') {
      return { ok: false, errors: error.fields, message: t('errors.formHasErrors') };
    }
    const words = {
      storage: 'errors.storage',
      not_found: 'errors.not_found',
      clock: 'errors.clock',
      outdated: 'errors.outdated',
    } as const;
    return { ok: false, errors: {}, message: t(words[error.kind]) };
  }
  if (isStorageFailure(error)) return { ok: false, errors: {}, message: t('errors.storage') };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, errors: {}, message: t('errors.unexpected', { message }) };
}

export async function save<T extends TableName>(
  table: T,
  input: InputOf[T],
  id?: string,
): Promise<SaveResult<RecordOf[T]>> {
  try {
    return { ok: true, record: await saveRecord(db, table, input, id) };
  } catch (error) {
    return failure(error);
  }
}

export async function updateSettings(
  input: SettingsInput,
): Promise<SaveResult<RecordOf['settings']>> {
  try {
    return { ok: true, record: await saveSettings(db, input) };
  } catch (error) {
    return failure(error);
  }
}

/** Deletes (a tombstone) and offers Undo, which restores the record exactly. */
export async function remove(table: TableName, id: string, name: string): Promise<boolean> {
  try {
    await setDeleted(db, table, id, true);
  } catch (error) {
    notices.show({ text: failure(error).message, tone: 'error' });
    return false;
  }
  notices.show({
    text: () => t('common.deleted', { name }),
    tone: 'info',
    actionLabel: () => t('common.undo'),
    action: () => void restore(table, id),
  });
  return true;
}

export async function restore(table: TableName, id: string): Promise<boolean> {
  try {
    await setDeleted(db, table, id, false);
    return true;
  } catch (error) {
    notices.show({ text: failure(error).message, tone: 'error' });
    return false;
  }
}
