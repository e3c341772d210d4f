/**
 * A client statement as of a chosen day: the open items (bills with something still owed) with
 * their age and aging bucket, the credits given and the payments received, the late fees their
 * terms have earned, and the balance. Money is never added across currencies, so a client billed
 * in two currencies gets one statement per currency.
 */
import { daysBetween, type Day } from '../dates';
import { billedOn } from '../metrics/billable';
import { bucketFor, agingBuckets, type AgingBucket } from '../metrics/aging';
import { jobBalances, type MoneyRecords } from '../metrics/job-balance';
import type { Currency, Totals } from '../money';
import type { CreditReason, Id, Job, Party, PaymentMethod, PaymentPurpose } from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';
import { lateFees, type LateFee } from './late-fees';

export interface StatementItem {
  jobId: Id;
  title: string;
  billedOn: Day;
  dueOn: Day | null;
  billed: number;
  credited: number;
  writtenOff: number;
  paid: number;
  outstanding: number;
  /** Of what is outstanding, the part an open dispute questions. */
  inDispute: number;
  /** Days since it was billed. */
  ageDays: number;
  daysOverdue: number;
  bucket: AgingBucket;
}

export interface StatementCredit {
  id: Id;
  on: Day;
  jobId: Id | null;
  amount: number;
  reason: CreditReason;
}

export interface StatementPayment {
  id: Id;
  sentOn: Day;
  receivedOn: Day;
  amount: number;
  method: PaymentMethod;
  purpose: PaymentPurpose;
  reference: string;
  /** The jobs it went toward; empty when it all waits on the client's account. */
  jobIds: Id[];
}

export interface StatementTotals {
  /** What the open items still owe. */
  outstanding: number;
  /** Late fees earned, less those waived. */
  lateFees: number;
  /** Money received and not yet put toward a job: the client's to use. */
  unallocated: number;
  /** Credit on the client's account (not against a job). */
  onAccount: number;
  /** Outstanding + late fees − unallocated money − credit on account; below 0 when in credit. */
  balance: number;
  /** What the open items owe, per aging bucket. */
  aging: Record<AgingBucket, number>;
}

export interface Statement {
  partyId: Id;
  currency: Currency;
  asOf: Day;
  /** The first day of the credits and payments listed; null for all of them. */
  from: Day | null;
  /** Oldest bill first. */
  items: StatementItem[];
  credits: StatementCredit[];
  payments: StatementPayment[];
  lateFees: LateFee[];
  totals: StatementTotals;
}

/** The client's unallocated money and credit on account, as metrics' clientCredit gives them. */
export interface ClientCreditTotals {
  unallocated: Totals;
  onAccount: Totals;
}

export interface StatementInput {
  party: Party;
  /** The client's jobs (others are left out). */
  jobs: readonly Job[];
  money: MoneyRecords;
  /** clientCredit(party.id, money, asOf). */
  credit: ClientCreditTotals;
  asOf: Day;
  /** List only credits and payments from this day; null for all. Open items are always all. */
  from?: Day | null;
}

function emptyAging(): Record<AgingBucket, number> {
  return Object.fromEntries(agingBuckets.map((b) => [b, 0])) as Record<AgingBucket, number>;
}

function byDayThenId<T extends { id: Id }>(day: (row: T) => Day) {
  return (a: T, b: T) =>
    day(a) !== day(b) ? (day(a) < day(b) ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The client's statements as of `asOf`, one per currency with anything to show, by currency code. */
export function statements(input: StatementInput): Statement[] {
  const { party, money, asOf, credit } = input;
  const from = input.from ?? null;
  const listed = (day: Day) => day <= asOf && (from === null || day >= from);
  const jobs = input.jobs.filter((j) => isLive(j) && j.clientId === party.id);
  const balances = jobBalances(jobs, money, asOf);

  const byCurrency = new Map<Currency, Statement>();
  const statementFor = (currency: Currency): Statement => {
    let statement = byCurrency.get(currency);
    if (!statement) {
      statement = {
        partyId: party.id,
        currency,
        asOf,
        from,
        items: [],
        credits: [],
        payments: [],
        lateFees: [],
        totals: {
          outstanding: 0,
          lateFees: 0,
          unallocated: 0,
          onAccount: 0,
          balance: 0,
          aging: emptyAging(),
        },
      };
      byCurrency.set(currency, statement);
    }
    return statement;
  };

  for (const job of jobs) {
    const balance = balances.get(job.id);
    if (!balance || balance.outstanding <= 0) continue;
    const billed = billedOn(job);
    const bucket = bucketFor(balance.daysOverdue);
    const statement = statementFor(job.currency);
    statement.items.push({
      jobId: job.id,
      title: job.title,
      billedOn: billed,
      dueOn: balance.dueOn,
      billed: balance.billed || linesTotal(job.lines),
      credited: balance.credited,
      writtenOff: balance.writtenOff,
      paid: balance.paid,
      outstanding: balance.outstanding,
      inDispute: balance.inDispute,
      ageDays: Math.max(0, daysBetween(billed, asOf)),
      daysOverdue: balance.daysOverdue,
      bucket,
    });
    statement.totals.outstanding += balance.outstanding;
    statement.totals.aging[bucket] += balance.outstanding;
  }

  const bills = [...byCurrency.values()].flatMap((s) =>
    s.items.map((i) => ({ ...i, currency: s.currency })),
  );
  for (const fee of lateFees(party, bills, money.credits, asOf)) {
    const statement = statementFor(fee.currency);
    statement.lateFees.push(fee);
    statement.totals.lateFees += fee.due;
  }

  for (const c of money.credits) {
    if (!isLive(c) || c.partyId !== party.id || !listed(c.on)) continue;
    statementFor(c.currency).credits.push({
      id: c.id,
      on: c.on,
      jobId: c.jobId,
      amount: c.amount,
      reason: c.reason,
    });
  }

  for (const p of money.payments) {
    if (!isLive(p) || p.partyId !== party.id || p.direction !== 'client_to_me') continue;
    if (p.receivedOn === null || !listed(p.receivedOn)) continue;
    statementFor(p.currency).payments.push({
      id: p.id,
      sentOn: p.sentOn,
      receivedOn: p.receivedOn,
      amount: p.amount,
      method: p.method,
      purpose: p.purpose,
      reference: p.reference,
      jobIds: p.allocations.map((a) => a.jobId),
    });
  }

  for (const [currency, amount] of Object.entries(credit.unallocated)) {
    if (amount !== 0) statementFor(currency).totals.unallocated = amount;
  }
  for (const [currency, amount] of Object.entries(credit.onAccount)) {
    if (amount !== 0) statementFor(currency).totals.onAccount = amount;
  }

  const result = [...byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
  for (const s of result) {
    s.items.sort((a, b) =>
      a.billedOn !== b.billedOn ? (a.billedOn < b.billedOn ? -1 : 1) : a.jobId < b.jobId ? -1 : 1,
    );
    s.credits.sort(byDayThenId((c) => c.on));
    s.payments.sort(byDayThenId((p) => p.receivedOn));
    const t = s.totals;
    t.balance = t.outstanding + t.lateFees - t.unallocated - t.onAccount;
  }
  return result;
}
