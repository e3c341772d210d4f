/**
 * Whether a promise to pay was kept. Nothing about it is stored but the promise itself: the money
 * the client sent from the day they promised through the day they named tells. Money counts by the
 * day it was SENT, so a cheque posted on time keeps the promise even if the post is slow.
 */
import type { Day } from '../dates';
import type { Id, Payment, PromiseToPay } from '../records';
import { isLive } from '../records/live';

export const promiseStatuses = ['open', 'kept', 'partly_kept', 'broken'] as const;
export type PromiseStatus = (typeof promiseStatuses)[number];

export interface PromiseOutcome {
  status: PromiseStatus;
  /** Money sent toward it by `asOf`, within the promise's days, in its currency. */
  paidToward: number;
}

/**
 * What the payment brought toward the promise: its allocation to the promised job, or for a
 * promise against the client's balance as a whole, all of it.
 */
function toward(promise: PromiseToPay, payment: Payment): number {
  if (promise.jobId === null) return payment.amount;
  let sum = 0;
  for (const a of payment.allocations) if (a.jobId === promise.jobId) sum += a.amount;
  return sum;
}

/**
 * Kept as soon as the money sent reaches the amount (even before the day named); open while it
 * does not and the day has not passed; after it, partly kept when something came, else broken.
 */
export function promiseOutcome(
  promise: PromiseToPay,
  payments: readonly Payment[],
  asOf: Day,
): PromiseOutcome {
  const last = promise.dueOn < asOf ? promise.dueOn : asOf;
  let paidToward = 0;
  for (const p of payments) {
    if (!isLive(p) || p.direction !== 'client_to_me' || p.partyId !== promise.partyId) continue;
    if (p.currency !== promise.currency || p.sentOn < promise.madeOn || p.sentOn > last) continue;
    paidToward += toward(promise, p);
  }
  const status: PromiseStatus =
    paidToward >= promise.amount
      ? 'kept'
      : asOf <= promise.dueOn
        ? 'open'
        : paidToward > 0
          ? 'partly_kept'
          : 'broken';
  return { status, paidToward };
}

export interface PromiseCounts {
  open: number;
  kept: number;
  partlyKept: number;
  broken: number;
}

/**
 * How the client's promises made by `asOf` turned out; with `after`, only those due after that day
 * (a window such as the last twelve months).
 */
export function promiseCounts(
  clientId: Id,
  promises: readonly PromiseToPay[],
  payments: readonly Payment[],
  asOf: Day,
  after?: Day,
): PromiseCounts {
  const counts: PromiseCounts = { open: 0, kept: 0, partlyKept: 0, broken: 0 };
  for (const promise of promises) {
    if (!isLive(promise) || promise.partyId !== clientId || promise.madeOn > asOf) continue;
    if (after !== undefined && promise.dueOn <= after) continue;
    const { status } = promiseOutcome(promise, payments, asOf);
    if (status === 'partly_kept') counts.partlyKept += 1;
    else counts[status] += 1;
  }
  return counts;
}

/** Share of the promises whose day has come that were broken outright; null with none. */
export function brokenPromiseRate(counts: PromiseCounts): number | null {
  const decided = counts.kept + counts.partlyKept + counts.broken;
  return decided === 0 ? null : counts.broken / decided;
}

/**
 * What a promise can cover: a client as a whole, or one of their jobs. A promise against the
 * client's balance covers each of their jobs; one against a job covers that job only.
 */
export interface PromiseTarget {
  clientId: Id;
  jobId?: Id;
}

/** The client's promises made by `asOf` that are still open (not fully paid, not yet due). */
export function openPromises(
  promises: readonly PromiseToPay[],
  payments: readonly Payment[],
  target: PromiseTarget,
  asOf: Day,
): PromiseToPay[] {
  return promises.filter(
    (promise) =>
      isLive(promise) &&
      promise.partyId === target.clientId &&
      (target.jobId === undefined || promise.jobId === null || promise.jobId === target.jobId) &&
      promise.madeOn <= asOf &&
      promiseOutcome(promise, payments, asOf).status === 'open',
  );
}

/**
 * Whether an open promise stands for this money: while a promise is open and not yet due, the app
 * does not nudge for it (no overdue highlight, no "needs a decision").
 */
export function openPromiseCovers(
  promises: readonly PromiseToPay[],
  payments: readonly Payment[],
  target: PromiseTarget,
  asOf: Day,
): boolean {
  return openPromises(promises, payments, target, asOf).length > 0;
}
