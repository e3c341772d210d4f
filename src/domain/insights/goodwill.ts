/**
 * What goodwill cost and what it kept: money forgiven (bills written off), credited (a bill
 * lowered through a worksheet) or paid out to a client (refunds, goodwill payments), beside the
 * revenue those clients brought afterwards.
 *
 * The ledger alone shows write-offs and payments to clients. A credit only lowers a job's amount,
 * so it is known from the worksheet that recorded it (its entry keeps the amounts). A
 * write-off is dated by its worksheet's decision; without one, by the day the job was last
 * changed, which is when it was marked written off unless it was edited again later.
 */
import type { Day } from '../dates';
import { billedOn, isBilledBy, jobBalances } from '../metrics';
import { addToTotals, type Currency, type Totals } from '../money';
import type { Id, Job, Party, Payment, Worksheet } from '../records';
import { isLive } from '../records/live';
import { groupBy, namesOf } from './ledger';

export const goodwillKinds = ['written_off', 'credited', 'paid_to_client'] as const;
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

export interface GoodwillClient {
  clientId: Id;
  name: string;
  cost: Totals;
  /** The first time goodwill was given: revenue counts from the day after. */
  firstOn: Day;
  revenueAfter: Totals;
  jobsAfter: number;
  events: GoodwillEvent[];
}

export interface GoodwillSummary {
  /** Biggest cost first. */
  clients: GoodwillClient[];
  cost: Totals;
  revenueAfter: Totals;
  /** Clients who gave more work after the goodwill. */
  keptCount: number;
}

function dayOfInstant(instant: string): Day {
  return instant.slice(0, 10);
}

interface Decided {
  worksheetId: Id;
  on: Day;
}

/** Ledger changes that decided worksheets made and that were not undone, by job. */
function worksheetEffects(worksheets: readonly Worksheet[]) {
  const writeOffs = new Map<Id, Decided>();
  const credits: (Decided & { jobId: Id; before: number; after: number | null })[] = [];
  const payments = new Map<Id, Decided>();
  for (const ws of worksheets) {
    if (!isLive(ws) || ws.status === 'draft') continue;
    const on = ws.decision.decidedOn ?? dayOfInstant(ws.updatedAt);
    for (const entry of ws.entries) {
      if (entry.undone) continue;
      const decided = { worksheetId: ws.id, on };
      if (entry.effect === 'write_off' && entry.table === 'jobs') writeOffs.set(entry.id, decided);
      if (entry.effect === 'pay_client' && entry.table === 'payments') {
        payments.set(entry.id, decided);
      }
      const before = entry.before?.amount;
      const after = entry.after?.amount;
      if (entry.effect === 'credit' && entry.table === 'jobs' && typeof before === 'number') {
        credits.push({
          ...decided,
          jobId: entry.id,
          before,
          after: typeof after === 'number' ? after : null,
        });
      }
    }
  }
  return { writeOffs, credits, payments };
}

export function goodwillEvents(
  jobs: readonly Job[],
  payments: readonly Payment[],
  worksheets: readonly Worksheet[],
  asOf: Day,
): GoodwillEvent[] {
  const decided = worksheetEffects(worksheets);
  const liveJobs = new Map(jobs.filter(isLive).map((j) => [j.id, j]));
  const events: GoodwillEvent[] = [];

  for (const balance of jobBalances(jobs, payments, asOf).values()) {
    if (balance.writtenOff <= 0) continue;
    const job = liveJobs.get(balance.jobId)!;
    const byWorksheet = decided.writeOffs.get(job.id);
    const changed = dayOfInstant(job.updatedAt);
    const billed = billedOn(job);
    const on = byWorksheet?.on ?? (changed > billed ? changed : billed);
    events.push({
      clientId: job.clientId,
      kind: 'written_off',
      on: on < asOf ? on : asOf,
      amount: balance.writtenOff,
      currency: job.currency,
      jobId: job.id,
      worksheetId: byWorksheet?.worksheetId ?? null,
    });
  }

  for (const credit of decided.credits) {
    const job = liveJobs.get(credit.jobId);
    // The entry keeps the amount after the credit; older entries only the one before it.
    const amount = job ? credit.before - (credit.after ?? job.amount) : 0;
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

  for (const p of payments) {
    if (!isLive(p) || p.direction !== 'me_to_client' || p.paidOn > asOf) continue;
    events.push({
      clientId: p.partyId,
      kind: 'paid_to_client',
      on: p.paidOn,
      amount: p.amount,
      currency: p.currency,
      jobId: p.allocations[0]?.jobId ?? null,
      worksheetId: decided.payments.get(p.id)?.worksheetId ?? null,
    });
  }
  return events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export function goodwillSummary(
  parties: readonly Party[],
  jobs: readonly Job[],
  payments: readonly Payment[],
  worksheets: readonly Worksheet[],
  asOf: Day,
): GoodwillSummary {
  const names = namesOf(parties);
  const byClient = new Map<Id, GoodwillClient>();
  for (const event of goodwillEvents(jobs, payments, worksheets, asOf)) {
    let client = byClient.get(event.clientId);
    if (!client) {
      client = {
        clientId: event.clientId,
        name: names.get(event.clientId) ?? '',
        cost: {},
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

  const cost: Totals = {};
  const revenueAfter: Totals = {};
  // Grouped once: a scan of every job per client was clients × jobs on a large ledger.
  const jobsOf = groupBy(jobs.filter(isLive), (j) => j.clientId);
  for (const client of byClient.values()) {
    for (const job of jobsOf.get(client.clientId) ?? []) {
      if (!isBilledBy(job, asOf) || billedOn(job) <= client.firstOn) continue;
      addToTotals(client.revenueAfter, job.currency, job.amount);
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
  };
}
