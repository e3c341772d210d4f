/**
 * Referrals a client made and the revenue they brought: the people recorded as referred by them,
 * plus referrals logged in the contact log (some of whom may not be in the app yet). Each referral
 * is counted once, however many ways it was recorded.
 */
import { addDays, compareDays, dayOf, type Day } from '../dates';
import { addToTotals, type Totals } from '../money';
import type { Contact, Id, Job, Party } from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';
import { isBilledBy } from './billable';
import { jobsOfClient } from './records-of-party';

export interface Referrals {
  count: number;
  /** The referred people who are in the app. */
  partyIds: Id[];
  /** What the referred people were billed, per currency. */
  revenue: Totals;
  lastOn: Day | null;
}

/**
 * An unnamed referral logged shortly before a referred person's first day, or a few days after, is
 * taken to be that person: the owner logs "they told a friend to call" and enters the friend when
 * the friend gets in touch. Logged much earlier or later, it is taken to be someone else.
 */
const LOGGED_DAYS_BEFORE = 90;
const LOGGED_DAYS_AFTER = 7;

/** A referred person's first day with us: as recorded, else their first order, else when entered. */
function firstDay(party: Party, jobs: readonly Job[]): Day {
  if (party.relationshipStart !== null) return party.relationshipStart;
  let first: Day | null = null;
  for (const job of jobs) {
    if (isLive(job) && (first === null || job.orderedOn < first)) first = job.orderedOn;
  }
  return first ?? dayOf(new Date(party.createdAt));
}

/**
 * How many unnamed referral logs are the same referral as a referred person in the app (entered as
 * referred by the client, or named in another log), each log matched to at most one person and each
 * person to one log.
 * Each log accepts first days in a window; taking the logs by the end of their window and giving
 * each the earliest first day it accepts finds the most matches.
 */
function unnamedAlreadyCounted(unnamedOn: readonly Day[], firstDays: readonly Day[]): number {
  const windows = unnamedOn
    .map((on) => ({ from: addDays(on, -LOGGED_DAYS_AFTER), to: addDays(on, LOGGED_DAYS_BEFORE) }))
    .sort((a, b) => compareDays(a.to, b.to));
  const free = [...firstDays].sort();
  let matched = 0;
  for (const { from, to } of windows) {
    const at = free.findIndex((day) => day >= from && day <= to);
    if (at >= 0) {
      free.splice(at, 1);
      matched += 1;
    }
  }
  return matched;
}

export function referralsBy(
  clientId: Id,
  parties: readonly Party[],
  jobs: readonly Job[],
  contacts: readonly Contact[],
  asOf: Day,
): Referrals {
  const byField = new Set<Id>();
  const named = new Set<Id>();
  const unnamedOn: Day[] = [];
  let lastOn: Day | null = null;
  for (const party of parties) {
    if (isLive(party) && party.referredById === clientId && party.id !== clientId) {
      byField.add(party.id);
    }
  }
  for (const contact of contacts) {
    if (!isLive(contact) || contact.partyId !== clientId) continue;
    if (contact.kind !== 'referral' || contact.on > asOf) continue;
    if (lastOn === null || contact.on > lastOn) lastOn = contact.on;
    if (contact.referredPartyId === null) unnamedOn.push(contact.on);
    else if (contact.referredPartyId !== clientId) named.add(contact.referredPartyId);
  }
  const alive = new Map(parties.filter(isLive).map((p) => [p.id, p]));
  const referred = new Set([...byField, ...[...named].filter((id) => alive.has(id))]);
  const partyIds = [...referred].sort();
  const alreadyCounted = unnamedAlreadyCounted(
    unnamedOn,
    partyIds.map((id) => firstDay(alive.get(id)!, jobsOfClient(jobs, id))),
  );
  // Only the people in the app: a deleted person's leftover jobs are not revenue they brought.
  const revenue: Totals = {};
  for (const id of partyIds) {
    for (const job of jobsOfClient(jobs, id)) {
      if (isLive(job) && isBilledBy(job, asOf)) {
        addToTotals(revenue, job.currency, linesTotal(job.lines));
      }
    }
  }
  return { count: partyIds.length + unnamedOn.length - alreadyCounted, partyIds, revenue, lastOn };
}
