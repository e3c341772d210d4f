/**
 * The part of the ledger the figures about a few parties read, fetched by index: what a worksheet
 * or a client's scorecard needs, without reading every job and payment of ten years. For each
 * party: their jobs (as client or as subcontractor), payments and contacts; the parties they
 * referred and those parties' jobs (the revenue a referral brought). Every party is read: the
 * table is small, and names resolve. Someone else's payments come only when they are asked for
 * too: a job's page asks for its client and its subcontractor, a worksheet about a job gone wrong
 * names both. Reading every subcontractor's payments for a client who used them all was most of
 * the read. Over this slice the figures come out as over the whole ledger (party-ledger.test.ts).
 */
import type {
  Contact,
  Credit,
  Dispute,
  Id,
  Invoice,
  Job,
  Party,
  Payment,
  PromiseToPay,
  WriteOff,
} from '../domain/records';
import { EMPTY_LEDGER } from '../domain/ledger-figures/empty-ledger';
import type { LedgerDb } from './database';
import { byKeys, keep, partyRecords } from './queries';

/** Read only: the empty one is shared (EMPTY_LEDGER), and a read's lists are the database's answer. */
export interface PartyLedger {
  parties: readonly Party[];
  jobs: readonly Job[];
  payments: readonly Payment[];
  credits: readonly Credit[];
  writeOffs: readonly WriteOff[];
  disputes: readonly Dispute[];
  promises: readonly PromiseToPay[];
  invoices: readonly Invoice[];
  contacts: readonly Contact[];
}

export const emptyPartyLedger: PartyLedger = { ...EMPTY_LEDGER, invoices: Object.freeze([]) };

function unique<T extends { id: Id }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

export async function partyLedger(db: LedgerDb, partyIds: readonly Id[]): Promise<PartyLedger> {
  const tables = [
    db.parties,
    db.jobs,
    db.payments,
    db.credits,
    db.writeOffs,
    db.disputes,
    db.promises,
    db.invoices,
    db.contacts,
  ];
  return db.transaction('r', tables, async () => {
    const subjects = [...new Set(partyIds)];
    const [parties, contacts, ownJobs, subcontracted, payments, records] = await Promise.all([
      db.parties.toArray(),
      byKeys(db.contacts, 'partyId', subjects),
      byKeys(db.jobs, 'clientId', subjects),
      byKeys(db.jobs, 'subcontractorId', subjects),
      byKeys(db.payments, 'partyId', subjects),
      partyRecords(db, subjects),
    ]);
    const own = new Set(subjects);
    const referred = new Set<Id>();
    for (const p of parties) {
      if (p.referredById !== null && own.has(p.referredById)) referred.add(p.id);
    }
    for (const c of contacts) if (c.referredPartyId !== null) referred.add(c.referredPartyId);
    for (const id of own) referred.delete(id);
    const referredJobs = await byKeys(db.jobs, 'clientId', referred);
    return {
      parties: keep(parties, {}),
      jobs: keep(unique([...ownJobs, ...subcontracted, ...referredJobs]), {}),
      payments: keep(payments, {}),
      ...records,
      contacts: keep(contacts, {}),
    };
  });
}
