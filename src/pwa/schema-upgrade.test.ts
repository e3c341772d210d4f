import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { CURRENT_DB_VERSION, dbVersions, LedgerDb } from '../db';
import { reloadOnSchemaUpgrade } from './schema-upgrade';

let db: LedgerDb;
let newer: Dexie;
afterEach(async () => {
  newer?.close();
  await Dexie.delete(db.name);
});

test('an upgrade from another tab saves the drafts, then reloads, and is not blocked', async () => {
  db = new LedgerDb(`schema-upgrade-${Date.now()}`);
  await db.open();
  const steps: string[] = [];
  reloadOnSchemaUpgrade(
    db,
    () => steps.push('save drafts'),
    () => steps.push('reload'),
  );

  newer = new Dexie(db.name);
  newer.version(CURRENT_DB_VERSION + 1).stores({ ...dbVersions.at(-1)!.stores, extra: 'id' });
  await newer.open();

  expect(steps).toEqual(['save drafts', 'reload']);
  expect(newer.verno).toBe(CURRENT_DB_VERSION + 1);
});
