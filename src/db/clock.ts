/**
 * The device id and the hybrid logical clock, kept in the device-local `meta` table. The clock is
 * read and advanced inside the writing transaction, so two tabs can never hand out the same stamp.
 */
import {
  formatStamp,
  newDeviceId,
  tick,
  receive,
  type HlcState,
  type HlcStamp,
} from '../domain/hlc';
import type { LedgerDb } from './database';

const DEVICE_KEY = 'deviceId';
export const CLOCK_KEY = 'clock';

/** Called inside a transaction that includes `meta`. */
export async function deviceId(db: LedgerDb): Promise<string> {
  const entry = await db.meta.get(DEVICE_KEY);
  if (typeof entry?.value === 'string') return entry.value;
  const id = newDeviceId();
  await db.meta.put({ key: DEVICE_KEY, value: id });
  return id;
}

export async function clockState(db: LedgerDb): Promise<HlcState> {
  const entry = await db.meta.get(CLOCK_KEY);
  const v = entry?.value as HlcState | undefined;
  return v && Number.isFinite(v.wall) && Number.isFinite(v.counter) ? v : { wall: 0, counter: 0 };
}

/** Called inside a transaction that includes `meta`. */
export async function nextStamp(db: LedgerDb, nowMs: number = Date.now()): Promise<HlcStamp> {
  const state = tick(await clockState(db), nowMs);
  await db.meta.put({ key: CLOCK_KEY, value: state });
  return formatStamp(state, await deviceId(db));
}

/**
 * After importing stamps from another device, move the clock past the newest of them; never past
 * now + MAX_DRIFT_MS, whatever it is given (`receive` ignores a stamp from the future).
 */
export async function observeStamp(db: LedgerDb, remote: HlcStamp, nowMs: number = Date.now()) {
  const state = receive(await clockState(db), remote, nowMs);
  await db.meta.put({ key: CLOCK_KEY, value: state });
}
