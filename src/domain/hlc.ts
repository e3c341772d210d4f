/**
 * A hybrid logical clock. Every field a write changes is stamped with the clock's next value;
 * merging keeps, field by field, the value with the greater stamp. A stamp is a string that sorts
 * in time order: wall-clock milliseconds, a counter for events within one millisecond, and the
 * device id, which makes every stamp unique so two devices always pick the same winner.
 */
import type { z } from 'zod';
import type { hlcSchema } from './hlc-schema';

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
export const HLC_PATTERN = /^\d{15}-\d{6}-[0-9a-z-]{1,64}$/;
/** The largest counter the format holds; past it the wall time moves on by a millisecond. */
export const MAX_COUNTER = 999_999;
/**
 * How far ahead of this device's wall clock a stamp may be and still be adopted (Actual Budget's
 * bound): two devices' clocks disagree by seconds, not by years, so anything further is a broken
 * clock or a crafted file, and adopting it would let this device's later edits beat every real
 * edit made elsewhere.
 */
export const MAX_DRIFT_MS = 5 * 60_000;

// The schema lives in hlc-schema.ts, so the clock comes without zod.
export type HlcStamp = z.infer<typeof hlcSchema>;

export interface HlcState {
  wall: number;
  counter: number;
}

/** A clock state or device id that no stamp can hold: the write must fail, never store it. */
export class StampFormatError extends Error {
  constructor(state: HlcState, deviceId: string) {
    super(`No valid stamp for wall ${state.wall}, counter ${state.counter}, device "${deviceId}"`);
    this.name = 'StampFormatError';
  }
}

export function formatStamp(state: HlcState, deviceId: string): HlcStamp {
  const stamp = `${String(state.wall).padStart(WALL_DIGITS, '0')}-${String(state.counter).padStart(COUNTER_DIGITS, '0')}-${deviceId}`;
  // A counter or wall too large, negative or fractional shows as a wrong digit count or a sign.
  if (!HLC_PATTERN.test(stamp)) throw new StampFormatError(state, deviceId);
  return stamp;
}

export function parseStamp(stamp: HlcStamp): HlcState & { deviceId: string } {
  const [wall, counter, ...rest] = stamp.split('-');
  return { wall: Number(wall), counter: Number(counter), deviceId: rest.join('-') };
}

export function compareStamps(a: HlcStamp, b: HlcStamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A stamp this device must not adopt: five minutes or more ahead of its wall clock. The bound is
 * inclusive so that the clock can always move past an adopted stamp (a millisecond on, should
 * its counter be full) without itself passing now + MAX_DRIFT_MS.
 */
export function isFromTheFuture(stamp: HlcStamp, nowMs: number): boolean {
  return isBeyondDrift(parseStamp(stamp).wall, nowMs);
}

/** A wall time (of a stamp or of the clock itself) five minutes or more ahead of `nowMs`. */
export function isBeyondDrift(wall: number, nowMs: number): boolean {
  return wall >= nowMs + MAX_DRIFT_MS;
}

/** The counter after `counter` within one millisecond, or the next millisecond when it is full. */
function after(wall: number, counter: number): HlcState {
  return counter >= MAX_COUNTER ? { wall: wall + 1, counter: 0 } : { wall, counter: counter + 1 };
}

/** The next local event: never goes backwards, even when the wall clock does. */
export function tick(last: HlcState, nowMs: number): HlcState {
  if (nowMs > last.wall) return { wall: nowMs, counter: 0 };
  return after(last.wall, last.counter);
}

/**
 * After seeing a remote stamp (an import), move past it so later local writes win over it. A stamp
 * from the future is not adopted (the import refuses its record): the clock moves as for a local
 * event.
 */
export function receive(last: HlcState, remote: HlcStamp, nowMs: number): HlcState {
  if (isFromTheFuture(remote, nowMs)) return tick(last, nowMs);
  const r = parseStamp(remote);
  const wall = Math.max(last.wall, r.wall, nowMs);
  if (wall === last.wall && wall === r.wall) return after(wall, Math.max(last.counter, r.counter));
  if (wall === last.wall) return after(wall, last.counter);
  if (wall === r.wall) return after(wall, r.counter);
  return { wall, counter: 0 };
}

/** A device id that fits in a stamp: lower-case letters, digits and dashes. */
export function newDeviceId(): string {
  return crypto.randomUUID();
}
