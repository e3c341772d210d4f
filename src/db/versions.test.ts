import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import fixture from '../../tests/fixtures/db-v1.json';
import { recordSchemas, tableNames } from '../domain/records';
import { LedgerDb } from './database';
import { CURRENT_DB_VERSION, dbVersions } from './versions';

/**
 * Each database version has a frozen fixture: data as that version stored it. Opening it with
 * today's code must upgrade it to records that pass today's strict schemas, losing nothing.
 */
describe('database versions', () => {
  test('versions are numbered in order, starting at 1', () => {
    expect(dbVersions.map((v) => v.version)).toEqual(dbVersions.map((_, i) => i + 1));
    expect(CURRENT_DB_VERSION).toBe(dbVersions.length);
  });

  test('a version 1 database opens with the current code and every record is valid', async () => {
    const name = `v1-fixture-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(dbVersions[0]!.stores);
    await old.open();
    for (const table of tableNames) await old.table(table).bulkPut(fixture[table]);
    old.close();

    const db = new LedgerDb(name);
    for (const table of tableNames) {
      const rows = await db.table(table).toArray();
      expect(rows).toHaveLength(fixture[table].length);
      for (const row of rows) expect(recordSchemas[table].safeParse(row).success).toBe(true);
    }
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    await db.delete();
  });
});
