/** For the tests only: a whole database as canonical JSON, to prove that nothing changed at all. */
import type { LedgerDb } from '../db';
import { tableNames } from '../domain/records';
import { canonicalJson } from './canonical';

/** Every table, `meta` included unless asked not to. */
export async function dumpDb(db: LedgerDb, options: { meta?: boolean } = {}): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const table of tableNames) out[table] = await db.table(table).toArray();
  if (options.meta !== false) out.meta = await db.meta.toArray();
  return canonicalJson(out);
}
