/**
 * Reads for the screens. Tombstones are left out unless asked for. Each query uses an index where
 * the screen narrows by one (a client's jobs, a party's payments).
 */
import type { Settings, SettingsInput } from '../domain/records';
// Not the records barrel: it builds every schema, and reads need none.
import { liveOnly, type Tombstoned } from '../domain/records/live';
import { defaultSettings, SETTINGS_ID } from '../domain/records/settings-defaults';
import type { Table } from 'dexie';
import type { LedgerDb } from './database';

export interface ReadOptions {
  includeDeleted?: boolean;
}

/** The rows to show: without tombstones unless asked for. */
export function keep<T extends Tombstoned>(rows: T[], options: ReadOptions): T[] {
  return options.includeDeleted ? rows : liveOnly(rows);
}

/**
 * Rows whose `index` holds one of `keys`: one ranged getAll per key. Dexie's anyOf walks a cursor,
 * an event per record: a client's three thousand records took a second to read that way.
 */
export async function byKeys<T>(
  table: Table<T, string>,
  index: string,
  keys: Iterable<string>,
): Promise<T[]> {
  const found = await Promise.all([...keys].map((k) => table.where(index).equals(k).toArray()));
  return found.flat();
}

export async function allParties(db: LedgerDb, options: ReadOptions = {}) {
  return keep(await db.parties.orderBy('name').toArray(), options);
}

export async function getParty(db: LedgerDb, id: string, options: ReadOptions = {}) {
  const party = await db.parties.get(id);
  return party && keep([party], options)[0];
}

export async function allJobs(db: LedgerDb, options: ReadOptions = {}) {
  return keep(await db.jobs.orderBy('orderedOn').reverse().toArray(), options);
}

export async function getJob(db: LedgerDb, id: string, options: ReadOptions = {}) {
  const job = await db.jobs.get(id);
  return job && keep([job], options)[0];
}

export async function jobsForParty(db: LedgerDb, partyId: string, options: ReadOptions = {}) {
  const [asClient, asSub] = await Promise.all([
    db.jobs.where('clientId').equals(partyId).toArray(),
    db.jobs.where('subcontractorId').equals(partyId).toArray(),
  ]);
  const byId = new Map([...asClient, ...asSub].map((j) => [j.id, j]));
  return keep([...byId.values()], options).sort((a, b) => b.orderedOn.localeCompare(a.orderedOn));
}

export async function allPayments(db: LedgerDb, options: ReadOptions = {}) {
  return keep(await db.payments.orderBy('sentOn').reverse().toArray(), options);
}

export async function getPayment(db: LedgerDb, id: string, options: ReadOptions = {}) {
  const payment = await db.payments.get(id);
  return payment && keep([payment], options)[0];
}

export async function paymentsForParty(db: LedgerDb, partyId: string, options: ReadOptions = {}) {
  const rows = await db.payments.where('partyId').equals(partyId).toArray();
  return keep(rows, options).sort((a, b) => b.sentOn.localeCompare(a.sentOn));
}

export async function allContacts(db: LedgerDb, options: ReadOptions = {}) {
  return keep(await db.contacts.orderBy('on').reverse().toArray(), options);
}

/**
 * Every live party, job, payment and contact, in no particular order, in one transaction: for
 * figures over the whole ledger, which sort for themselves. Read by the primary key, the cheapest
 * way through a large table; an index's order costs a lookup per record.
 */
export async function wholeLedger(db: LedgerDb) {
  const tables = [
    db.parties,
    db.jobs,
    db.payments,
    db.credits,
    db.writeOffs,
    db.disputes,
    db.promises,
    db.contacts,
  ];
  return db.transaction('r', tables, async () => {
    const [parties, jobs, payments, credits, writeOffs, disputes, promises, contacts] =
      await Promise.all([
        db.parties.toArray(),
        db.jobs.toArray(),
        db.payments.toArray(),
        db.credits.toArray(),
        db.writeOffs.toArray(),
        db.disputes.toArray(),
        db.promises.toArray(),
        db.contacts.toArray(),
      ]);
    return {
      parties: keep(parties, {}),
      jobs: keep(jobs, {}),
      payments: keep(payments, {}),
      credits: keep(credits, {}),
      writeOffs: keep(writeOffs, {}),
      disputes: keep(disputes, {}),
      promises: keep(promises, {}),
      contacts: keep(contacts, {}),
    };
  });
}

/** Every live credit, write-off and dispute: with the payments, what job balances read. */
export async function allAdjustments(db: LedgerDb) {
  const [credits, writeOffs, disputes] = await Promise.all([
    db.credits.toArray(),
    db.writeOffs.toArray(),
    db.disputes.toArray(),
  ]);
  return {
    credits: keep(credits, {}),
    writeOffs: keep(writeOffs, {}),
    disputes: keep(disputes, {}),
  };
}

/** A party's live credits, write-offs, disputes, promises and invoices, by the partyId index. */
export async function partyRecords(db: LedgerDb, partyIds: readonly string[]) {
  const [credits, writeOffs, disputes, promises, invoices] = await Promise.all([
    byKeys(db.credits, 'partyId', partyIds),
    byKeys(db.writeOffs, 'partyId', partyIds),
    byKeys(db.disputes, 'partyId', partyIds),
    byKeys(db.promises, 'partyId', partyIds),
    byKeys(db.invoices, 'partyId', partyIds),
  ]);
  return {
    credits: keep(credits, {}),
    writeOffs: keep(writeOffs, {}),
    disputes: keep(disputes, {}),
    promises: keep(promises, {}),
    invoices: keep(invoices, {}),
  };
}

export async function contactsForParty(db: LedgerDb, partyId: string, options: ReadOptions = {}) {
  const rows = await db.contacts.where('partyId').equals(partyId).toArray();
  return keep(rows, options).sort((a, b) => b.on.localeCompare(a.on));
}

/** The settings in force: the stored record's fields, or the defaults before anything is saved. */
export async function currentSettings(db: LedgerDb): Promise<SettingsInput> {
  const stored: Settings | undefined = await db.settings.get(SETTINGS_ID);
  if (!stored) return { ...defaultSettings };
  // Every editable field, named: never the stored record's id, stamps or tombstone.
  const fields = {} as Record<string, unknown>;
  for (const key of Object.keys(defaultSettings)) {
    fields[key] = (stored as unknown as Record<string, unknown>)[key];
  }
  return fields as unknown as SettingsInput;
}
