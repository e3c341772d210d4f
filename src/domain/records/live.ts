/**
 * Deletes are tombstones (`deletedAt` set), kept so a delete travels to the other devices. This is
 * the one test of "not deleted": every read, figure and check that leaves tombstones out uses it.
 * Imports nothing, so reads can use it without building the schemas.
 */
export interface Tombstoned {
  deletedAt: string | null;
}

export function isLive(record: Tombstoned): boolean {
  return record.deletedAt === null;
}

export function liveOnly<T extends Tombstoned>(rows: readonly T[]): T[] {
  return rows.filter(isLive);
}
