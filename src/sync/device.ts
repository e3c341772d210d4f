/**
 * What the sync keeps about this device, in the device-local `meta` table (it never travels):
 * the name shown to the other device, the last export and the last import, and the undo snapshot.
 */
import type { LedgerDb } from '../db';
import { tableNames, type TableName } from '../domain/records';
import type { DeviceInfo } from './format';
import type { TableCounts } from './plan';

export const META_DEVICE_ID = 'deviceId';
export const META_DEVICE_NAME = 'sync.deviceName';
export const META_LAST_EXPORT = 'sync.lastExport';
export const META_LAST_IMPORT = 'sync.lastImport';
export const META_UNDO = 'sync.undo';

export interface LastExport {
  at: string;
  fileName: string;
  records: number;
  encrypted: boolean;
}

export interface LastImport {
  at: string;
  fileName: string;
  from: DeviceInfo;
  exportedAt: string;
  counts: Record<TableName, TableCounts>;
  /** Set once "Undo import" has put things back. */
  undoneAt: string | null;
}

export interface SyncStatus {
  deviceId: string | undefined;
  deviceName: string | undefined;
  lastExport: LastExport | undefined;
  lastImport: LastImport | undefined;
  /** When any record last changed here (by an edit or an import); undefined with no records. */
  lastChangeAt: string | undefined;
}

async function metaValue<T>(db: LedgerDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/** Read-only, so it can run inside a live query. */
export async function syncStatus(db: LedgerDb): Promise<SyncStatus> {
  const [deviceId, deviceName, lastExport, lastImport] = await Promise.all([
    metaValue<string>(db, META_DEVICE_ID),
    metaValue<string>(db, META_DEVICE_NAME),
    metaValue<LastExport>(db, META_LAST_EXPORT),
    metaValue<LastImport>(db, META_LAST_IMPORT),
  ]);
  return { deviceId, deviceName, lastExport, lastImport, lastChangeAt: await lastChangeAt(db) };
}

async function lastChangeAt(db: LedgerDb): Promise<string | undefined> {
  let latest: string | undefined;
  for (const name of tableNames) {
    const table = db.table<{ updatedAt: string }>(name);
    const indexed = table.schema.indexes.some((index) => index.name === 'updatedAt');
    const rows = indexed ? [await table.orderBy('updatedAt').last()] : await table.toArray();
    for (const row of rows) {
      if (row && (latest === undefined || row.updatedAt > latest)) latest = row.updatedAt;
    }
  }
  return latest;
}

export async function setDeviceName(db: LedgerDb, name: string): Promise<void> {
  const trimmed = name.trim().slice(0, 100);
  if (trimmed) await db.meta.put({ key: META_DEVICE_NAME, value: trimmed });
  else await db.meta.delete(META_DEVICE_NAME);
}

export async function recordExport(db: LedgerDb, entry: LastExport): Promise<void> {
  await db.meta.put({ key: META_LAST_EXPORT, value: entry });
}
