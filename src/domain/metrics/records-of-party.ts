/**
 * One party's jobs and payments picked out of the whole ledger's, grouped once per ledger. A
 * client's figures are asked for many times over the same records (every row of "who pays slowest",
 * each worksheet fact): scanning every job and payment for each of them grew with clients × records.
 * The groups are kept per array and the arrays are new when the records change, so they never go
 * stale; the same party's group is the same array each time, so balances computed over it are
 * shared too.
 */
import { groupBy } from '../group-by';
import type { Credit, Dispute, Id, Job, Payment, PromiseToPay, WriteOff } from '../records';
import type { MoneyRecords } from './job-balance';

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
const creditsByParty = new WeakMap<readonly Credit[], Map<Id, readonly Credit[]>>();
const writeOffsByParty = new WeakMap<readonly WriteOff[], Map<Id, readonly WriteOff[]>>();
const disputesByParty = new WeakMap<readonly Dispute[], Map<Id, readonly Dispute[]>>();
const promisesByParty = new WeakMap<readonly PromiseToPay[], Map<Id, readonly PromiseToPay[]>>();

/** The client's jobs, deleted ones included, in the order given. */
export function jobsOfClient(jobs: readonly Job[], clientId: Id): readonly Job[] {
  return grouped(jobsByClient, jobs, (j) => j.clientId).get(clientId) ?? NONE;
}

/** The payments made by or to the party, deleted ones included, in the order given. */
export function paymentsOfParty(payments: readonly Payment[], partyId: Id): readonly Payment[] {
  return grouped(paymentsByParty, payments, (p) => p.partyId).get(partyId) ?? NONE;
}

/** The party's records of one kind (deleted ones included), grouped once per list like the rest. */
export function creditsOfParty(credits: readonly Credit[], partyId: Id): readonly Credit[] {
  return grouped(creditsByParty, credits, (c) => c.partyId).get(partyId) ?? NONE;
}

export function writeOffsOfParty(writeOffs: readonly WriteOff[], partyId: Id): readonly WriteOff[] {
  return grouped(writeOffsByParty, writeOffs, (w) => w.partyId).get(partyId) ?? NONE;
}

export function disputesOfParty(disputes: readonly Dispute[], partyId: Id): readonly Dispute[] {
  return grouped(disputesByParty, disputes, (d) => d.partyId).get(partyId) ?? NONE;
}

export function promisesOfParty(
  promises: readonly PromiseToPay[],
  partyId: Id,
): readonly PromiseToPay[] {
  return grouped(promisesByParty, promises, (p) => p.partyId).get(partyId) ?? NONE;
}

/**
 * The money records by or about one party. Each list is the same array every time for the same
 * ledger, so jobBalances over it is worked out once however many figures ask.
 */
export function moneyOfParty(money: MoneyRecords, partyId: Id): MoneyRecords {
  return {
    payments: paymentsOfParty(money.payments, partyId),
    credits: creditsOfParty(money.credits, partyId),
    writeOffs: writeOffsOfParty(money.writeOffs, partyId),
    disputes: disputesOfParty(money.disputes, partyId),
  };
}
