/** The app's database, by name: apart from database.ts so that naming it does not load Dexie. */
export const DEFAULT_DB_NAME = 'goodwill-ledger';
