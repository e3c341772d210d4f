/**
 * The links between records that a write must not break: a job's client must exist, a payment's
 * jobs must exist, and so on. A missing link is refused at its field like any other bad input.
 */
import type { InputOf, TableName } from '../domain/records';
import type { FieldErrors } from '../domain/validation';
import type { LedgerDb } from './database';

type Link = { field: string; table: 'parties' | 'jobs'; ids: (input: never) => (string | null)[] };

const links: {
  [T in TableName]: {
    field: string;
    table: 'parties' | 'jobs';
    ids: (input: InputOf[T]) => (string | null)[];
  }[];
} = {
  parties: [{ field: 'referredById', table: 'parties', ids: (p) => [p.referredById] }],
  jobs: [
    { field: 'clientId', table: 'parties', ids: (j) => [j.clientId] },
    { field: 'subcontractorId', table: 'parties', ids: (j) => [j.subcontractorId] },
  ],
  payments: [
    { field: 'partyId', table: 'parties', ids: (p) => [p.partyId] },
    { field: 'allocations', table: 'jobs', ids: (p) => p.allocations.map((a) => a.jobId) },
  ],
  contacts: [
    { field: 'partyId', table: 'parties', ids: (c) => [c.partyId] },
    { field: 'jobId', table: 'jobs', ids: (c) => [c.jobId] },
    { field: 'referredPartyId', table: 'parties', ids: (c) => [c.referredPartyId] },
  ],
  settings: [],
  worksheets: [
    { field: 'partyIds', table: 'parties', ids: (w) => w.partyIds },
    { field: 'jobIds', table: 'jobs', ids: (w) => w.jobIds },
  ],
};

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
  for (const link of links[table] as Link[]) {
    const ids = link.ids(input as never).filter((id): id is string => id !== null);
    if (ids.length === 0) continue;
    const had = new Set(existing ? link.ids(existing as never) : []);
    const found = await db.table(link.table).bulkGet(ids);
    if (
      found.some(
        (r, i) =>
          r === undefined ||
          ((r as { deletedAt: string | null }).deletedAt !== null && !had.has(ids[i]!)),
      )
    ) {
      errors[link.field] = 'missing_reference';
    }
  }
  if (table === 'payments' && !errors.allocations) {
    const payment = input as InputOf['payments'];
    const jobs = await db.jobs.bulkGet(payment.allocations.map((a) => a.jobId));
    const forClient = payment.direction === 'client_to_me' || payment.direction === 'me_to_client';
    // A payment settles only jobs of the party it came from or went to.
    if (
      jobs.some(
        (job) => job && (forClient ? job.clientId : job.subcontractorId) !== payment.partyId,
      )
    ) {
      errors.allocations = 'not_their_job';
    } else if (jobs.some((job) => job && job.currency !== payment.currency)) {
      // Sums never mix currencies: a payment settles only jobs billed in its own currency.
      errors.allocations = 'currency_mismatch';
    }
  }
  return errors;
}
