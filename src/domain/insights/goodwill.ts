/**
 * What goodwill cost and what it kept: money the owner chose to give up (credits, waived late fees)
 * or paid to a client to keep their trust (goodwill payments), beside the revenue those clients
 * brought afterwards.
 *
 * Not goodwill, and kept apart: a write-off (bad debt the owner did not choose to give; reported
 * as `badDebt`), a credit correcting an error (the bill was wrong, nothing was given) and a refund
 * (money given back that was not owed).
 *
 * Version 1 worksheets gave credits by lowering a job's amount; those ledgers have no credit
 * record for them, so they are read from the worksheet entry (which keeps the amounts before and
 * after), so a migrated ledger's goodwill history is not lost.
 */
import type { Day } from '../dates';
import { billedOn, isBilledBy } from '../metrics';
import { addToTotals, type Currency, type Totals } from '../money';
import type {
  Credit,
  Id,
  Job,
  Party,
  Payment,
  PromiseToPay,
  Worksheet,
  WriteOff,
} from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';
import { groupBy, namesOf } from './ledger';

export const goodwillKinds = ['credited', 'late_fee_waived', 'paid_to_client'] as const;
export type GoodwillKind = (typeof goodwillKinds)[number];

export interface GoodwillEvent {
  clientId: Id;
  kind: GoodwillKind;
  on: Day;
  amount: number;
  currency: Currency;
  jobId: Id | null;
  /** The worksheet that decided it, when one did. */
  worksheetId: Id | null;
}

/** A write-off: shown beside goodwill, never counted in it. */
export interface BadDebtEvent {
  clientId: Id;
  on: Day;
  amount: number;
  currency: Currency;
  jobId: Id;
  worksheetId: Id | null;
}

export interface GoodwillClient {
  clientId: Id;
  name: string;
  cost: Totals;
  /** Written off for this client: apart from the cost of goodwill. */
  badDebt: Totals;
  /** The first time goodwill was given: revenue counts from the day after. */
  firstOn: Day;
  revenueAfter: Totals;
  jobsAfter: number;
  events: GoodwillEvent[];
}

export interface GoodwillSummary {
  /** Clients given goodwill, biggest cost first. */
  clients: GoodwillClient[];
  cost: Totals;
  revenueAfter: Totals;
  /** Clients who gave more work after the goodwill. */
  keptCount: number;
  /** Written off as bad debt over every client, goodwill or not: never part of `cost`. */
  badDebt: Totals;
}

/** What "what goodwill cost" reads from the ledger. */
export interface GoodwillRecords {
  jobs: readonly Job[];
  payments: readonly Payment[];
  credits: readonly Credit[];
  writeOffs: readonly WriteOff[];
  worksheets?: readonly Worksheet[];
  /** Not read; listed so a whole ledger can be passed. */
  promises?: readonly PromiseToPay[];
}

function dayOfInstant(instant: string): Day {
  return instant.slice(0, 10);
}

interface Decided {
  worksheetId: Id;
  on: Day;
}

/** What decided worksheets did and did not undo: records they made, and legacy credits. */
function worksheetEffects(worksheets: readonly Worksheet[]) {
  const made = new Map<Id, Decided>();
  const legacyCredits: (Decided & { jobId: Id; before: number; after: number | null })[] = [];
  for (const ws of worksheets) {
    if (!isLive(ws) || ws.status === 'draft') continue;
    const on = ws.decision.decidedOn ?? dayOfInstant(ws.updatedAt);
    for (const entry of ws.entries) {
      if (entry.undone) continue;
      const decided = { worksheetId: ws.id, on };
      made.set(entry.id, decided);
      // Version 1: a credit lowered the job's amount; the entry keeps the amounts.
      const before = entry.before?.amount;
      const after = entry.after?.amount;
      if (entry.effect === 'credit' && entry.table === 'jobs' && typeof before === 'number') {
        legacyCredits.push({
          ...decided,
          jobId: entry.id,
          before,
          after: typeof after === 'number' ? after : null,
        });
      }
    }
  }
  return { made, legacyCredits };
}

/** A credit is goodwill unless it corrects an error: the owner chose to give up money owed. */
function creditKind(credit: Credit): GoodwillKind | null {
  if (credit.reason === 'error') return null;
  return credit.reason === 'late_fee_waived' ? 'late_fee_waived' : 'credited';
}

export function goodwillEvents(records: GoodwillRecords, asOf: Day): GoodwillEvent[] {
  const decided = worksheetEffects(records.worksheets ?? []);
  const liveJobs = new Map(records.jobs.filter(isLive).map((j) => [j.id, j]));
  const events: GoodwillEvent[] = [];

  for (const credit of records.credits) {
    const kind = creditKind(credit);
    if (!isLive(credit) || kind === null || credit.on > asOf) continue;
    events.push({
      clientId: credit.partyId,
      kind,
      on: credit.on,
      amount: credit.amount,
      currency: credit.currency,
      jobId: credit.jobId,
      worksheetId: decided.made.get(credit.id)?.worksheetId ?? null,
    });
  }

  for (const credit of decided.legacyCredits) {
    const job = liveJobs.get(credit.jobId);
    // The entry keeps the amount after the credit; older entries only the one before it, and
    // the job's bill since is what the credit left.
    const amount = job ? credit.before - (credit.after ?? linesTotal(job.lines)) : 0;
    if (!job || amount <= 0 || credit.on > asOf) continue;
    events.push({
      clientId: job.clientId,
      kind: 'credited',
      on: credit.on,
      amount,
      currency: job.currency,
      jobId: job.id,
      worksheetId: credit.worksheetId,
    });
  }

  for (const p of records.payments) {
    if (!isLive(p) || p.direction !== 'me_to_client' || p.purpose !== 'goodwill') continue;
    if (p.sentOn > asOf) continue;
    events.push({
      clientId: p.partyId,
      kind: 'paid_to_client',
      on: p.sentOn,
      amount: p.amount,
      currency: p.currency,
      jobId: p.allocations[0]?.jobId ?? null,
      worksheetId: decided.made.get(p.id)?.worksheetId ?? null,
    });
  }
  return events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export function badDebtEvents(records: GoodwillRecords, asOf: Day): BadDebtEvent[] {
  const decided = worksheetEffects(records.worksheets ?? []);
  return records.writeOffs
    .filter((w) => isLive(w) && w.on <= asOf)
    .map((w) => ({
      clientId: w.partyId,
      on: w.on,
      amount: w.amount,
      currency: w.currency,
      jobId: w.jobId,
      worksheetId: decided.made.get(w.id)?.worksheetId ?? null,
    }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export function goodwillSummary(
  parties: readonly Party[],
  records: GoodwillRecords,
  asOf: Day,
): GoodwillSummary {
  const names = namesOf(parties);
  const byClient = new Map<Id, GoodwillClient>();
  for (const event of goodwillEvents(records, asOf)) {
    let client = byClient.get(event.clientId);
    if (!client) {
      client = {
        clientId: event.clientId,
        name: names.get(event.clientId) ?? '',
        cost: {},
        badDebt: {},
        firstOn: event.on,
        revenueAfter: {},
        jobsAfter: 0,
        events: [],
      };
      byClient.set(event.clientId, client);
    }
    addToTotals(client.cost, event.currency, event.amount);
    client.events.push(event);
  }

  const badDebt: Totals = {};
  for (const event of badDebtEvents(records, asOf)) {
    addToTotals(badDebt, event.currency, event.amount);
    const client = byClient.get(event.clientId);
    if (client) addToTotals(client.badDebt, event.currency, event.amount);
  }

  const cost: Totals = {};
  const revenueAfter: Totals = {};
  // Grouped once: a scan of every job per client was clients × jobs on a large ledger.
  const jobsOf = groupBy(records.jobs.filter(isLive), (j) => j.clientId);
  for (const client of byClient.values()) {
    for (const job of jobsOf.get(client.clientId) ?? []) {
      if (!isBilledBy(job, asOf) || billedOn(job) <= client.firstOn) continue;
      addToTotals(client.revenueAfter, job.currency, linesTotal(job.lines));
      client.jobsAfter += 1;
    }
    for (const [currency, amount] of Object.entries(client.cost)) {
      addToTotals(cost, currency, amount);
    }
    for (const [currency, amount] of Object.entries(client.revenueAfter)) {
      addToTotals(revenueAfter, currency, amount);
    }
  }
  const weight = (t: Totals) => Object.values(t).reduce((s, v) => s + v, 0);
  const clients = [...byClient.values()].sort(
    (a, b) => weight(b.cost) - weight(a.cost) || a.name.localeCompare(b.name),
  );
  return {
    clients,
    cost,
    revenueAfter,
    keptCount: clients.filter((c) => c.jobsAfter > 0).length,
    badDebt,
  };
}
