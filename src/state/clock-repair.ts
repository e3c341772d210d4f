/**
 * On start, after the first screen is painted: repairs a device whose clock an earlier version let
 * a file move far into the future (db/clock-repair.ts), and tells the owner what happened. A clean
 * device costs one read of `meta`.
 */
import { isStorageFailure, repairFutureStamps } from '../db';
import { i18n, t } from '../i18n/i18n.svelte';
import { db } from './db';
import { notices } from './notices.svelte';

export async function repairClockFromTheFuture(nowMs: number = Date.now()): Promise<void> {
  let text: () => string;
  let tone: 'info' | 'error' = 'info';
  try {
    const count = await repairFutureStamps(db, nowMs);
    if (count === 0) return;
    text = () => t('sync.repair.done', { count });
  } catch (error) {
    const message = isStorageFailure(error)
      ? t('errors.storage')
      : error instanceof Error
        ? error.message
        : String(error);
    text = () => t('sync.repair.failed', { message });
    tone = 'error';
  }
  // The first screen brings only its own messages.
  await i18n.loadAll();
  // It stays until dismissed: the owner should read it.
  notices.show({ text, tone }, 0);
}
