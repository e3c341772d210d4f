/**
 * A client's credit with the owner: money they sent that no job has taken (a retainer, a deposit
 * before the job was entered, an overpayment), and credits given on their account rather than
 * against a job. Offered when their next job is paid; never mixed across currencies.
 */
import type { Day } from '../dates';
import { addToTotals, type Currency, type Totals } from '../money';
import type { Id, Payment } from '../records';
import { isLive } from '../records/live';
import type { MoneyRecords } from './job-balance';

export interface ClientCredit {
  /** Received from the client and not allocated to any job, less refunds not tied to a job. */
  unallocated: Totals;
  /** Credits on the client's account (no job), late-fee waivers aside. */
  onAccount: Totals;
}

export interface FreePayment {
  payment: Payment;
  /** Of the payment, what no job has taken yet. */
  free: number;
}

function freeOf(payment: Payment): number {
  return payment.amount - payment.allocations.reduce((sum, a) => sum + a.amount, 0);
}

function isReceivedFrom(payment: Payment, clientId: Id, asOf: Day): boolean {
  return (
    isLive(payment) &&
    payment.partyId === clientId &&
    payment.direction === 'client_to_me' &&
    payment.receivedOn !== null &&
    payment.receivedOn <= asOf
  );
}

/**
 * The client's payments received by `asOf` in `currency` with money not yet allocated, oldest
 * received first, so the payment screen can offer them on the next job in that order.
 */
export function unallocatedPayments(
  clientId: Id,
  payments: readonly Payment[],
  currency: Currency,
  asOf: Day,
): FreePayment[] {
  return payments
    .filter((p) => isReceivedFrom(p, clientId, asOf) && p.currency === currency)
    .map((payment) => ({ payment, free: freeOf(payment) }))
    .filter((row) => row.free > 0)
    .sort(
      (a, b) =>
        a.payment.receivedOn!.localeCompare(b.payment.receivedOn!) ||
        a.payment.id.localeCompare(b.payment.id),
    );
}

export function clientCredit(clientId: Id, money: MoneyRecords, asOf: Day): ClientCredit {
  const unallocated: Totals = {};
  for (const p of money.payments) {
    if (isReceivedFrom(p, clientId, asOf)) {
      const free = freeOf(p);
      if (free > 0) addToTotals(unallocated, p.currency, free);
    }
  }
  // Money handed back with no job named (a refund of what they had in credit) uses it up.
  for (const p of money.payments) {
    if (!isLive(p) || p.partyId !== clientId || p.direction !== 'me_to_client') continue;
    if (p.purpose !== 'refund' || p.sentOn > asOf) continue;
    const free = freeOf(p);
    if (free > 0 && (unallocated[p.currency] ?? 0) > 0) {
      unallocated[p.currency] = Math.max(0, unallocated[p.currency]! - free);
    }
  }
  for (const [currency, amount] of Object.entries(unallocated)) {
    if (amount === 0) delete unallocated[currency];
  }
  const onAccount: Totals = {};
  for (const c of money.credits) {
    if (!isLive(c) || c.partyId !== clientId || c.jobId !== null || c.on > asOf) continue;
    if (c.reason === 'late_fee_waived') continue;
    addToTotals(onAccount, c.currency, c.amount);
  }
  return { unallocated, onAccount };
}
