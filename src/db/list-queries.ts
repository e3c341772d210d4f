/**
 * Reads that narrow a list through an index (see queries.ts): apart from it, as only the list
 * screens need them and the first screen loads queries.ts.
 */
import type { JobStatus, PartyKind } from '../domain/records';
import type { LedgerDb } from './database';
import { byKeys, keep, type ReadOptions } from './queries';

/** Clients or subcontractors only, through the `kind` index. */
export async function partiesOfKind(db: LedgerDb, kind: PartyKind, options: ReadOptions = {}) {
  return keep(await db.parties.where('kind').equals(kind).toArray(), options);
}

/** Jobs whose stored status is one of these, through the `status` index, newest first. */
export async function jobsWithStatus(
  db: LedgerDb,
  statuses: readonly JobStatus[],
  options: ReadOptions = {},
) {
  const rows = await byKeys(db.jobs, 'status', statuses);
  return keep(rows, options).sort((a, b) => b.orderedOn.localeCompare(a.orderedOn));
}
