/**
 * Repairs a device that an earlier version let a file drag into the future: its clock, and every
 * field stamped from it, five minutes or more ahead of now. Such stamps would beat every real edit
 * made elsewhere, for ever. Each is replaced by one fresh stamp from the repaired clock; the values
 * stay, so no edit is lost, and the fields then travel to the other devices with sane stamps.
 *
 * Earlier versions always moved the clock past every stamp they stored, so a clock within the bound
 * means clean records: the check on start is one read of `meta`.
 */
import {
  formatStamp,
  HLC_PATTERN,
  isBeyondDrift,
  isFromTheFuture,
  parseStamp,
  tick,
  type HlcState,
} from '../domain/hlc';
import { tableNames } from '../domain/records';
import { CLOCK_KEY, clockState, deviceId } from './clock';
import type { LedgerDb } from './database';

type Stamped = { id: string; stamps: Record<string, string | undefined> };

/** Whether any string inside `value` is a stamp from the future (an iterative walk: no depth limit). */
function holdsFutureStamp(value: unknown, nowMs: number): boolean {
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (HLC_PATTERN.test(item) && isFromTheFuture(item, nowMs)) return true;
    } else if (item !== null && typeof item === 'object') {
      stack.push(...Object.values(item));
    }
  }
  return false;
}

/** Re-stamps what is from the future; returns how many records changed (0: nothing to repair). */
export async function repairFutureStamps(
  db: LedgerDb,
  nowMs: number = Date.now(),
): Promise<number> {
  if (!isBeyondDrift((await clockState(db)).wall, nowMs)) return 0;
  const tables = tableNames.map((t) => db.table<Stamped, string>(t));
  return db.transaction('rw', [...tables, db.meta], async () => {
    // Another tab may have repaired it meanwhile.
    if (!isBeyondDrift((await clockState(db)).wall, nowMs)) return 0;
    const rows = await Promise.all(tables.map((table) => table.toArray()));

    let newestSane: string | undefined;
    for (const record of rows.flat()) {
      for (const stamp of Object.values(record.stamps)) {
        if (stamp === undefined || isFromTheFuture(stamp, nowMs)) continue;
        if (newestSane === undefined || stamp > newestSane) newestSane = stamp;
      }
    }
    const base: HlcState = newestSane ? parseStamp(newestSane) : { wall: 0, counter: 0 };
    const clock = tick(base, nowMs);
    const fresh = formatStamp(clock, await deviceId(db));
    await db.meta.put({ key: CLOCK_KEY, value: clock });

    let repaired = 0;
    for (const [i, table] of tables.entries()) {
      const changed: Stamped[] = [];
      for (const record of rows[i]!) {
        const stamps = { ...record.stamps };
        let future = false;
        for (const [field, stamp] of Object.entries(stamps)) {
          if (stamp !== undefined && isFromTheFuture(stamp, nowMs)) {
            stamps[field] = fresh;
            future = true;
          }
        }
        // Only the stamps change: every value, and so every edit, stays as it was.
        if (future) changed.push({ ...record, stamps });
      }
      if (changed.length) await table.bulkPut(changed);
      repaired += changed.length;
    }

    // A device-local entry holding such a stamp (the last import's undo snapshot) could no longer
    // tell a later edit from an imported one: undoing it could lose edits, so it goes.
    for (const entry of await db.meta.toArray()) {
      if (entry.key !== CLOCK_KEY && holdsFutureStamp(entry.value, nowMs)) {
        await db.meta.delete(entry.key);
      }
    }
    return repaired;
  });
}
