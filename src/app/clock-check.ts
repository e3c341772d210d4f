/**
 * On start, after the first screen: whether an earlier version let a file move this device's clock
 * into the future (db/clock-repair.ts). The check is one read of the clock; the repair, which
 * brings the record schemas (zod), loads only for a device that needs it.
 */
import { clockState } from '../db/clock';
import { isBeyondDrift } from '../domain/hlc';
import { db } from '../state/db';

export async function repairClockIfNeeded(nowMs: number = Date.now()): Promise<void> {
  if (!isBeyondDrift((await clockState(db)).wall, nowMs)) return;
  const { repairClockFromTheFuture } = await import('../state/clock-repair');
  await repairClockFromTheFuture(nowMs);
}
