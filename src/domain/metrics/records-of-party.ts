/**
 * One party's jobs and payments picked out of the whole ledger's, grouped once per ledger. A
 * client's figures are asked for many times over the same records (every row of "who pays slowest",
 * each worksheet fact): scanning every job and payment for each of them grew with clients × records.
 * The groups are kept per array and the arrays are new when the records change, so they never go
 * stale; the same party's group is the same array each time, so balances computed over it are
 * shared too.
 */
import { groupBy } from '../group-by';
import type { Id, Job, Payment } from '../records';

const NONE: readonly never[] = Object.freeze([]);

function grouped<T>(
  cache: WeakMap<readonly T[], Map<Id, readonly T[]>>,
  rows: readonly T[],
  key: (row: T) => Id,
): Map<Id, readonly T[]> {
  let groups = cache.get(rows);
  if (!groups) cache.set(rows, (groups = groupBy(rows, key)));
  return groups;
}

const jobsByClient = new WeakMap<readonly Job[], Map<Id, readonly Job[]>>();
const paymentsByParty = new WeakMap<readonly Payment[], Map<Id, readonly Payment[]>>();

/** The client's jobs, deleted ones included, in the order given. */
export function jobsOfClient(jobs: readonly Job[], clientId: Id): readonly Job[] {
  return grouped(jobsByClient, jobs, (j) => j.clientId).get(clientId) ?? NONE;
}

/** The payments made by or to the party, deleted ones included, in the order given. */
export function paymentsOfParty(payments: readonly Payment[], partyId: Id): readonly Payment[] {
  return grouped(paymentsByParty, payments, (p) => p.partyId).get(partyId) ?? NONE;
}
