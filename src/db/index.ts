export { LedgerDb, DEFAULT_DB_NAME } from './database';
export { CURRENT_DB_VERSION, dbVersions } from './versions';
export { parseStrict, saveRecord, setDeleted, saveSettings } from './write';
export { WriteError, isStorageFailure } from './write-error';
export { onNewerVersionElsewhere } from './version-change';
export { deviceId, nextStamp, observeStamp } from './clock';
export { repairFutureStamps } from './clock-repair';
export * from './queries';
export * from './party-ledger';
