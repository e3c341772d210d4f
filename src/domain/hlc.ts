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

// The schema lives in hlc-schema.ts, so the clock comes without zod.
export type HlcStamp = z.infer<typeof hlcSchema>;

export interface HlcState {
  wall: number;
  counter: number;
}

export function formatStamp(state: HlcState, deviceId: string): HlcStamp {
  return `${String(state.wall).padStart(WALL_DIGITS, '0')}-${String(state.counter).padStart(COUNTER_DIGITS, '0')}-${deviceId}`;
}

export function parseStamp(stamp: HlcStamp): HlcState & { deviceId: string } {
  const [wall, counter, ...rest] = stamp.split('-');
  return { wall: Number(wall), counter: Number(counter), deviceId: rest.join('-') };
}

export function compareStamps(a: HlcStamp, b: HlcStamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The next local event: never goes backwards, even when the wall clock does. */
export function tick(last: HlcState, nowMs: number): HlcState {
  if (nowMs > last.wall) return { wall: nowMs, counter: 0 };
  return { wall: last.wall, counter: last.counter + 1 };
}

/** After seeing a remote stamp (an import), move past it so later local writes win over it. */
export function receive(last: HlcState, remote: HlcStamp, nowMs: number): HlcState {
  const r = parseStamp(remote);
  const wall = Math.max(last.wall, r.wall, nowMs);
  if (wall === last.wall && wall === r.wall)
    return { wall, counter: Math.max(last.counter, r.counter) + 1 };
  if (wall === last.wall) return { wall, counter: last.counter + 1 };
  if (wall === r.wall) return { wall, counter: r.counter + 1 };
  return { wall, counter: 0 };
}

/** A device id that fits in a stamp: lower-case letters, digits and dashes. */
export function newDeviceId(): string {
  return crypto.randomUUID();
}
