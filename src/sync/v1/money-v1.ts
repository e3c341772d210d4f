/**
 * Version 1's money, modelled on its own (issue 14, step 0): what version 1 said each job and each
 * client was billed, paid and owed on a given day, written from its rules and not from its code,
 * so the figures after the upgrade to version 2 can be compared with it when the version 1 code is
 * gone. money-v1.test.ts checked it against the version 1 production figures while they existed.
 *
 * Version 1's rules, as its code applied them:
 * - Only live records count: a deleted job has no figures, a deleted payment settles nothing.
 * - A job is billed its whole `amount` once its status is done, invoiced, paid, disputed or
 *   written off and its billing day (`invoicedOn ?? doneOn ?? orderedOn`) is on or before the day;
 *   open and cancelled jobs are never billed. The status says nothing about money: a `paid` job
 *   with no payment is billed and owes its whole amount.
 * - Money reaches a job only through a payment's allocation to it, dated on or before the day and
 *   in the job's currency (an allocation in another currency counts nowhere). The payment's party
 *   and the job's client are not compared.
 * - Client to me, received: paid. Client to me, sent: on its way; it settles nothing. Me to client
 *   (received or sent alike): refunded; it does not raise what the job owes. Money between me and
 *   a subcontractor does not touch a job's balance.
 * - Unpaid: billed − paid, never below 0 (an overpayment owes nothing and is not credit). A
 *   written-off job's unpaid part is written off and owes nothing; any other job's is outstanding.
 *   Paid counts even where nothing is billed (yet): a cancelled job paid for, an open job's deposit.
 */
import type { V1Currency, V1Day, V1Id, V1Job, V1Ledger, V1Payment } from './records-v1';

export interface V1JobMoney {
  jobId: V1Id;
  clientId: V1Id;
  currency: V1Currency;
  billed: number;
  paid: number;
  sent: number;
  refunded: number;
  writtenOff: number;
  outstanding: number;
}

/** One client's money in one currency, as of a day. */
export interface V1ClientMoney {
  clientId: V1Id;
  currency: V1Currency;
  /** Sums over the client's live jobs in this currency. */
  billed: number;
  paid: number;
  sent: number;
  refunded: number;
  writtenOff: number;
  outstanding: number;
  /**
   * Received from the client and allocated to no job: each live received client-to-me payment's
   * amount less its allocations. Version 1 showed it nowhere; version 2 makes it the client's credit.
   */
  unallocated: number;
  /**
   * Received from the client, allocated, but to a job version 1 leaves out: a deleted job, or one in
   * another currency. Version 1 showed it nowhere either.
   */
  allocatedToUncounted: number;
}

const billableStatuses: ReadonlySet<V1Job['status']> = new Set([
  'done',
  'invoiced',
  'paid',
  'disputed',
  'written_off',
]);

/** The day version 1 counted a job as billed from. */
export function v1BilledOn(job: V1Job): V1Day {
  return job.invoicedOn ?? job.doneOn ?? job.orderedOn;
}

export function v1IsBilledBy(job: V1Job, day: V1Day): boolean {
  return billableStatuses.has(job.status) && v1BilledOn(job) <= day;
}

function counts(payment: V1Payment, day: V1Day): boolean {
  return payment.deletedAt === null && payment.paidOn <= day;
}

/** Every live job's money as of `day`, by job id. */
export function v1JobMoney(
  ledger: Pick<V1Ledger, 'jobs' | 'payments'>,
  day: V1Day,
): Map<V1Id, V1JobMoney> {
  const live = new Map<V1Id, V1Job>();
  for (const job of ledger.jobs) if (job.deletedAt === null) live.set(job.id, job);

  const toJob = new Map<V1Id, { paid: number; sent: number; refunded: number }>();
  for (const id of live.keys()) toJob.set(id, { paid: 0, sent: 0, refunded: 0 });
  for (const payment of ledger.payments) {
    if (!counts(payment, day)) continue;
    for (const { jobId, amount } of payment.allocations) {
      const job = live.get(jobId);
      if (job === undefined || job.currency !== payment.currency) continue;
      const money = toJob.get(jobId)!;
      if (payment.direction === 'client_to_me') {
        if (payment.state === 'received') money.paid += amount;
        else money.sent += amount;
      } else if (payment.direction === 'me_to_client') {
        money.refunded += amount;
      }
    }
  }

  const result = new Map<V1Id, V1JobMoney>();
  for (const [id, job] of live) {
    const { paid, sent, refunded } = toJob.get(id)!;
    const billed = v1IsBilledBy(job, day) ? job.amount : 0;
    const unpaid = Math.max(0, billed - paid);
    const writtenOff = job.status === 'written_off' ? unpaid : 0;
    result.set(id, {
      jobId: id,
      clientId: job.clientId,
      currency: job.currency,
      billed,
      paid,
      sent,
      refunded,
      writtenOff,
      outstanding: unpaid - writtenOff,
    });
  }
  return result;
}

function emptyClientMoney(clientId: V1Id, currency: V1Currency): V1ClientMoney {
  return {
    clientId,
    currency,
    billed: 0,
    paid: 0,
    sent: 0,
    refunded: 0,
    writtenOff: 0,
    outstanding: 0,
    unallocated: 0,
    allocatedToUncounted: 0,
  };
}

/**
 * Each client's money as of `day`, one row per client and currency in which the client has a live
 * job or a live received payment dated by then; sorted by client id, then currency. A client is
 * known by the jobs' `clientId` and the payments' `partyId`, deleted or not.
 */
export function v1ClientMoney(
  ledger: Pick<V1Ledger, 'jobs' | 'payments'>,
  day: V1Day,
): V1ClientMoney[] {
  const rows = new Map<string, V1ClientMoney>();
  const row = (clientId: V1Id, currency: V1Currency) => {
    const key = `${clientId} ${currency}`;
    let found = rows.get(key);
    if (found === undefined) rows.set(key, (found = emptyClientMoney(clientId, currency)));
    return found;
  };

  for (const job of v1JobMoney(ledger, day).values()) {
    const r = row(job.clientId, job.currency);
    r.billed += job.billed;
    r.paid += job.paid;
    r.sent += job.sent;
    r.refunded += job.refunded;
    r.writtenOff += job.writtenOff;
    r.outstanding += job.outstanding;
  }

  const counted = new Map<V1Id, V1Job>();
  for (const job of ledger.jobs) if (job.deletedAt === null) counted.set(job.id, job);
  for (const payment of ledger.payments) {
    if (!counts(payment, day)) continue;
    if (payment.direction !== 'client_to_me' || payment.state !== 'received') continue;
    const r = row(payment.partyId, payment.currency);
    let allocated = 0;
    for (const { jobId, amount } of payment.allocations) {
      allocated += amount;
      if (counted.get(jobId)?.currency !== payment.currency) r.allocatedToUncounted += amount;
    }
    r.unallocated += payment.amount - allocated;
  }

  return [...rows.values()].sort((a, b) =>
    a.clientId !== b.clientId
      ? a.clientId < b.clientId
        ? -1
        : 1
      : a.currency < b.currency
        ? -1
        : a.currency > b.currency
          ? 1
          : 0,
  );
}
