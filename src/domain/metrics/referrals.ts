/**
 * Referrals a client made and the revenue they brought: the people recorded as referred by them,
 * plus referrals logged in the contact log (some of whom may not be in the app yet).
 */
import type { Day } from '../dates';
import { addToTotals, type Totals } from '../money';
import type { Contact, Id, Job, Party } from '../records';
import { linesTotal } from '../records/job-lines';
import { isLive } from '../records/live';
import { isBilledBy } from './billable';

export interface Referrals {
  count: number;
  /** The referred people who are in the app. */
  partyIds: Id[];
  /** What the referred people were billed, per currency. */
  revenue: Totals;
  lastOn: Day | null;
}

export function referralsBy(
  clientId: Id,
  parties: readonly Party[],
  jobs: readonly Job[],
  contacts: readonly Contact[],
  asOf: Day,
): Referrals {
  const referred = new Set<Id>();
  let unnamed = 0;
  let lastOn: Day | null = null;
  for (const party of parties) {
    if (isLive(party) && party.referredById === clientId && party.id !== clientId) {
      referred.add(party.id);
    }
  }
  for (const contact of contacts) {
    if (!isLive(contact) || contact.partyId !== clientId) continue;
    if (contact.kind !== 'referral' || contact.on > asOf) continue;
    if (lastOn === null || contact.on > lastOn) lastOn = contact.on;
    if (contact.referredPartyId === null) unnamed += 1;
    else if (contact.referredPartyId !== clientId) referred.add(contact.referredPartyId);
  }
  const alive = new Set(parties.filter(isLive).map((p) => p.id));
  const partyIds = [...referred].filter((id) => alive.has(id)).sort();
  const revenue: Totals = {};
  for (const job of jobs) {
    if (isLive(job) && referred.has(job.clientId) && isBilledBy(job, asOf)) {
      addToTotals(revenue, job.currency, linesTotal(job.lines));
    }
  }
  return { count: partyIds.length + unnamed, partyIds, revenue, lastOn };
}
