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

export interface Decided {
  worksheetId: Id;
  on: Day;
}

/** A version 1 credit, read from its worksheet entry; `order` is its place among all of them. */
export interface LegacyCredit extends Decided {
  jobId: Id;
  before: number;
  after: number | null;
  order: number;
}

/** What decided worksheets did and did not undo: records they made, and legacy credits. */
export interface WorksheetEffects {
  made: ReadonlyMap<Id, Decided>;
  legacyCredits: readonly LegacyCredit[];
}

export function worksheetEffects(worksheets: readonly Worksheet[]): WorksheetEffects {
  const made = new Map<Id, Decided>();
  const legacyCredits: LegacyCredit[] = [];
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
          order: legacyCredits.length,
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

/**
 * Where an event came from, in the order the events are gathered before they are put in date
 * order: credits by id, then legacy credits in worksheet order, then payments by id.
 */
export interface GoodwillSource {
  rank: 0 | 1 | 2;
  key: Id | number;
}

/** The events with where each came from, not yet in date order. */
export function goodwillEventSources(
  records: GoodwillRecords,
  asOf: Day,
  decided: WorksheetEffects = worksheetEffects(records.worksheets ?? []),
): { event: GoodwillEvent; source: GoodwillSource }[] {
  const liveJobs = new Map(records.jobs.filter(isLive).map((j) => [j.id, j]));
  const events: { event: GoodwillEvent; source: GoodwillSource }[] = [];

  for (const credit of records.credits) {
    const kind = creditKind(credit);
    if (!isLive(credit) || kind === null || credit.on > asOf) continue;
    const event: GoodwillEvent = {
      clientId: credit.partyId,
      kind,
      on: credit.on,
      amount: credit.amount,
      currency: credit.currency,
      jobId: credit.jobId,
      worksheetId: decided.made.get(credit.id)?.worksheetId ?? null,
    };
    events.push({ event, source: { rank: 0, key: credit.id } });
  }

  for (const credit of decided.legacyCredits) {
    const job = liveJobs.get(credit.jobId);
    // The entry keeps the amount after the credit; older entries only the one before it, and
    // the job's bill since is what the credit left.
    const amount = job ? credit.before - (credit.after ?? linesTotal(job.lines)) : 0;
    if (!job || amount <= 0 || credit.on > asOf) continue;
    const event: GoodwillEvent = {
      clientId: job.clientId,
      kind: 'credited',
      on: credit.on,
      amount,
      currency: job.currency,
      jobId: job.id,
      worksheetId: credit.worksheetId,
    };
    events.push({ event, source: { rank: 1, key: credit.order } });
  }

  for (const p of records.payments) {
    if (!isLive(p) || p.direction !== 'me_to_client' || p.purpose !== 'goodwill') continue;
    if (p.sentOn > asOf) continue;
    const event: GoodwillEvent = {
      clientId: p.partyId,
      kind: 'paid_to_client',
      on: p.sentOn,
      amount: p.amount,
      currency: p.currency,
      jobId: p.allocations[0]?.jobId ?? null,
      worksheetId: decided.made.get(p.id)?.worksheetId ?? null,
    };
    events.push({ event, source: { rank: 2, key: p.id } });
  }
  return events;
}

/** `decided`: the worksheets' effects, when the caller has them already. */
export function goodwillEvents(
  records: GoodwillRecords,
  asOf: Day,
  decided?: WorksheetEffects,
): GoodwillEvent[] {
  return goodwillEventSources(records, asOf, decided)
    .map((s) => s.event)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export function badDebtEvents(
  records: GoodwillRecords,
  asOf: Day,
  decided: WorksheetEffects = worksheetEffects(records.worksheets ?? []),
): BadDebtEvent[] {
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
  decided: WorksheetEffects = worksheetEffects(records.worksheets ?? []),
): GoodwillSummary {
  const names = namesOf(parties);
  const byClient = new Map<Id, GoodwillClient>();
  for (const event of goodwillEvents(records, asOf, decided)) {
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
  for (const event of badDebtEvents(records, asOf, decided)) {
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
