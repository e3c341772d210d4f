/**
 * The write path's check of a record's links (the table of links is in the domain): a job's client
 * must exist, a payment's jobs must exist, and so on. A missing link is refused at its field like
 * any other bad input, and so is a payment settling jobs it may not.
 */
import {
  allocationProblem,
  isLive,
  ownJobProblem,
  linkedIds,
  recordLinks,
  type InputOf,
  type TableName,
  type Tombstoned,
} from '../domain/records';
import type { FieldErrors } from '../domain/validation';
import type { LedgerDb } from './database';

/**
 * Called inside a transaction that includes parties and jobs. A reference must name a record that
 * exists; a new reference must not name a deleted one. A reference the record already had may
 * point at a record deleted since, so a job whose client was deleted can still be edited.
 */
export async function missingReferences<T extends TableName>(
  db: LedgerDb,
  table: T,
  input: InputOf[T],
  existing?: InputOf[T],
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  for (const link of recordLinks[table]) {
    const ids = linkedIds(link, input).map((ref) => ref.id);
    if (ids.length === 0) continue;
    const had = new Set(existing ? linkedIds(link, existing).map((ref) => ref.id) : []);
    const found = (await db.table(link.table).bulkGet(ids)) as (Tombstoned | undefined)[];
    if (found.some((r, i) => r === undefined || (!isLive(r) && !had.has(ids[i]!)))) {
      errors[link.path[0]] = 'missing_reference';
    }
  }
  if (table === 'payments' && !errors.allocations) {
    const payment = input as InputOf['payments'];
    const jobs = await db.jobs.bulkGet(payment.allocations.map((a) => a.jobId));
    const problem = allocationProblem(payment, jobs);
    if (problem) errors.allocations = problem;
  }
  if (table === 'invoices' && !errors.jobIds) {
    const invoice = input as InputOf['invoices'];
    const jobs = await db.jobs.bulkGet(invoice.jobIds);
    const problem = jobs.map((job) => ownJobProblem(invoice, job)).find((p) => p !== null);
    if (problem) errors.jobIds = problem;
  } else if (
    (table === 'credits' ||
      table === 'writeOffs' ||
      table === 'disputes' ||
      table === 'promises') &&
    !errors.jobId
  ) {
    const record = input as InputOf['credits' | 'writeOffs' | 'disputes' | 'promises'];
    if (record.jobId !== null) {
      const problem = ownJobProblem(record, await db.jobs.get(record.jobId));
      if (problem) errors[problem === 'currency_mismatch' ? 'currency' : 'jobId'] = problem;
    }
  }
  return errors;
}
