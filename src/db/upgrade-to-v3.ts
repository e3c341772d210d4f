/**
 * The database's upgrade from version 2 to 3 (db/versions.ts loads it only when it is needed).
 */
import type { Transaction } from 'dexie';
import type { Raw } from '../domain/records/upgrade/v1-to-v2';
import { settingsGetLateGrace } from '../domain/records/upgrade/v2-to-v3';

/** Version 2 to 3, in the step of v2-to-v3.ts (the import of a version 2 file runs the same). */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('settings')
    .toCollection()
    .modify((settings: Raw, ref: { value: Raw }) => {
      ref.value = settingsGetLateGrace(settings);
    });
}
