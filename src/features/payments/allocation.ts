/**
 * Which jobs a payment can settle and how much goes to each. A row the app filled ("auto") follows
 * the payment amount as it changes; a row the person typed into keeps their number.
 */
import type { Day } from '../../domain/dates';
import {
  jobBalances,
  noMoneyRecords,
  type JobBalance,
  type MoneyRecords,
} from '../../domain/metrics';
import { minorToInput, parseAmount, type Currency } from '../../domain/money';
import {
  linesTotal,
  type Allocation,
  type Id,
  type Job,
  type Payment,
  type PaymentDirection,
  type PaymentInput,
} from '../../domain/records';
import { paymentInputOf } from './payment-draft';

export interface JobOption {
  job: Job;
  balance: JobBalance | undefined;
  /** The most this payment should put toward the job; null when nothing limits it. */
  cap: number | null;
}

export interface AllocationRow {
  checked: boolean;
  amount: string;
  /** Filled by the app rather than typed, so it may be refilled when the payment amount changes. */
  auto: boolean;
}

export type AllocationRows = Record<Id, AllocationRow>;

/** A payment from or to a client concerns that client's jobs; one with a subcontractor, theirs. */
export function concernsClient(direction: PaymentDirection): boolean {
  return direction === 'client_to_me' || direction === 'me_to_client';
}

/** Oldest due first; jobs with no due date yet (open ones taking a deposit) last, oldest ordered first. */
function oldestDueFirst(a: JobOption, b: JobOption): number {
  const da = a.balance?.dueOn ?? null;
  const db = b.balance?.dueOn ?? null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  if (a.job.orderedOn !== b.job.orderedOn) return a.job.orderedOn < b.job.orderedOn ? -1 : 1;
  return a.job.id < b.job.id ? -1 : 1;
}

/**
 * What a client still has to pay on a job: its outstanding balance once billed, or, for an open
 * job, the part of its lines' total not yet paid (a deposit, or paying ahead). Nothing for a
 * cancelled job.
 */
export function stillToPay(job: Job, balance: JobBalance | undefined): number {
  if (balance === undefined || job.status === 'cancelled') return 0;
  if (balance.billed > 0) return balance.outstanding;
  return job.status === 'open' ? Math.max(0, linesTotal(job.lines) - balance.paid) : 0;
}

export interface OptionsQuery {
  direction: PaymentDirection;
  partyId: Id;
  currency: Currency;
  jobs: readonly Job[];
  payments: readonly Payment[];
  /** The credits, write-offs and disputes that also move what a job owes. */
  money?: Omit<MoneyRecords, 'payments'> | undefined;
  asOf: Day;
  /** The payment being edited: left out of the balances, so its own share is available again. */
  editingId?: Id | undefined;
  /** Jobs to list whatever their balance (those the edited payment already settles). */
  keep?: ReadonlySet<Id>;
}

/**
 * The jobs this payment can be linked to. A client's payment lists the jobs with something still
 * to pay, oldest due first; refunds and subcontractor payments list all the party's jobs, newest
 * first. Only jobs in the payment's currency: sums never mix currencies.
 */
export function jobOptions(query: OptionsQuery): { options: JobOption[]; otherCurrency: number } {
  const { direction, partyId, currency, asOf, editingId } = query;
  const keep = query.keep ?? new Set<Id>();
  const mine = query.jobs.filter((job) =>
    concernsClient(direction) ? job.clientId === partyId : job.subcontractorId === partyId,
  );
  const balances = jobBalances(
    mine,
    {
      ...(query.money ?? noMoneyRecords),
      payments: query.payments.filter((p) => p.id !== editingId),
    },
    asOf,
  );
  let options: JobOption[] = mine.map((job) => {
    const balance = balances.get(job.id);
    const cap = direction === 'client_to_me' ? stillToPay(job, balance) : null;
    return { job, balance, cap };
  });
  if (direction === 'client_to_me') {
    options = options.filter((o) => (o.cap ?? 0) > 0 || keep.has(o.job.id)).sort(oldestDueFirst);
  } else {
    options.sort((a, b) => (a.job.orderedOn < b.job.orderedOn ? 1 : -1));
  }
  const sameCurrency = options.filter((o) => o.job.currency === currency);
  return { options: sameCurrency, otherCurrency: options.length - sameCurrency.length };
}

function minorOf(text: string, currency: Currency): number {
  const parsed = parseAmount(text, currency);
  return parsed.ok ? parsed.minor : 0;
}

function shown(minor: number, currency: Currency): string {
  return minor > 0 ? minorToInput(minor, currency) : '';
}

/** The part of the payment not yet given to a job; negative when the rows add up to more. */
export function unassigned(
  paymentMinor: number,
  options: readonly JobOption[],
  rows: AllocationRows,
  currency: Currency,
): number {
  return options.reduce((left, o) => {
    const row = rows[o.job.id];
    return row?.checked ? left - minorOf(row.amount, currency) : left;
  }, paymentMinor);
}

/**
 * Refills the app-filled rows from what the typed rows leave, in list order, each up to its cap,
 * so changing the payment amount keeps the rows in step with it.
 */
export function refill(
  options: readonly JobOption[],
  rows: AllocationRows,
  paymentMinor: number,
  currency: Currency,
): AllocationRows {
  const next: AllocationRows = { ...rows };
  let left = options.reduce((sum, o) => {
    const row = rows[o.job.id];
    return row?.checked && !row.auto ? sum - minorOf(row.amount, currency) : sum;
  }, paymentMinor);
  for (const o of options) {
    const row = rows[o.job.id];
    if (!row?.checked || !row.auto) continue;
    const amount = Math.max(0, Math.min(left, o.cap ?? left));
    left -= amount;
    next[o.job.id] = { ...row, amount: shown(amount, currency) };
  }
  return next;
}

/** Ticking a job gives it what is left of the payment, up to what the job still needs. */
export function toggle(
  options: readonly JobOption[],
  rows: AllocationRows,
  jobId: Id,
  checked: boolean,
  paymentMinor: number,
  currency: Currency,
): AllocationRows {
  const others = { ...rows, [jobId]: { checked: false, amount: '', auto: true } };
  if (!checked) return refill(options, others, paymentMinor, currency);
  const option = options.find((o) => o.job.id === jobId);
  const left = Math.max(0, unassigned(paymentMinor, options, others, currency));
  // Only what is left: ticking a second job never takes money away from the first.
  const amount = Math.min(left, option?.cap ?? left);
  return { ...others, [jobId]: { checked: true, amount: shown(amount, currency), auto: true } };
}

/** "Spread over oldest first": the whole payment over the listed jobs in order, each to its cap. */
export function spreadOldestFirst(
  options: readonly JobOption[],
  paymentMinor: number,
  currency: Currency,
): AllocationRows {
  const rows: AllocationRows = {};
  let left = paymentMinor;
  for (const o of options) {
    const amount = Math.max(0, Math.min(left, o.cap ?? left));
    left -= amount;
    rows[o.job.id] = { checked: amount > 0, amount: shown(amount, currency), auto: amount > 0 };
  }
  return rows;
}

/** Rows for a stored payment's allocations, as the person left them. */
export function rowsFromAllocations(allocations: readonly Allocation[], currency: Currency) {
  const rows: AllocationRows = {};
  for (const a of allocations) {
    rows[a.jobId] = { checked: true, amount: minorToInput(a.amount, currency), auto: false };
  }
  return rows;
}

/** The ticked rows as allocations, with a typing error per job where an amount does not parse. */
export function rowsToAllocations(
  options: readonly JobOption[],
  rows: AllocationRows,
  currency: Currency,
): { allocations: Allocation[]; errors: Record<Id, string> } {
  const allocations: Allocation[] = [];
  const errors: Record<Id, string> = {};
  for (const o of options) {
    const row = rows[o.job.id];
    if (!row?.checked) continue;
    const parsed = parseAmount(row.amount, currency);
    if (!parsed.ok) errors[o.job.id] = parsed.error;
    else if (parsed.minor === 0) errors[o.job.id] = 'not_positive';
    else allocations.push({ jobId: o.job.id, amount: parsed.minor });
  }
  return { allocations, errors };
}

/**
 * Rows kept through a reload (state/drafts.svelte.ts), read back from what was stored as text: only
 * rows of the right shape come back; a job no longer listed is simply not shown.
 */
export function keptRows(kept: unknown): AllocationRows {
  const rows: AllocationRows = {};
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return rows;
  for (const [jobId, row] of Object.entries(kept as Record<string, unknown>)) {
    if (typeof row !== 'object' || row === null) continue;
    const { checked, amount, auto } = row as Record<string, unknown>;
    if (typeof checked === 'boolean' && typeof amount === 'string' && typeof auto === 'boolean') {
      rows[jobId] = { checked, amount, auto };
    }
  }
  return rows;
}

/** A client's received payment and how much of it no job has yet (from `unallocatedPayments`). */
export interface FreeMoney {
  payment: Payment;
  free: number;
}

/**
 * "Apply this client's credit to the job": up to `amount` of the free money goes to `jobId`, taken
 * from the oldest payments first (the list comes oldest first). Each touched payment comes back
 * with its allocations as they should be saved: an existing share of that job grows, otherwise a
 * new allocation is added. Payments in another currency than the job's are left alone.
 */
export function applyCredit(
  free: readonly FreeMoney[],
  job: Pick<Job, 'id' | 'currency'>,
  amount: number,
): { id: Id; input: PaymentInput; applied: number }[] {
  const changes: { id: Id; input: PaymentInput; applied: number }[] = [];
  let left = amount;
  for (const { payment, free: available } of free) {
    if (left <= 0) break;
    if (payment.currency !== job.currency || available <= 0) continue;
    const applied = Math.min(left, available);
    left -= applied;
    const input = paymentInputOf(payment);
    const existing = input.allocations.find((a) => a.jobId === job.id);
    if (existing) existing.amount += applied;
    else input.allocations.push({ jobId: job.id, amount: applied });
    changes.push({ id: payment.id, input, applied });
  }
  return changes;
}

/** The free money in the job's currency, to offer it ("This client has $X credit"). */
export function freeTotal(free: readonly FreeMoney[], currency: Currency): number {
  return free.reduce((sum, f) => (f.payment.currency === currency ? sum + f.free : sum), 0);
}
