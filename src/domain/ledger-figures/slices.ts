/**
 * The ledger split by party, so a write recomputes only the parties it touched. A party's slice
 * holds every record that can move one of its figures: its own record, the jobs it is the client
 * of, the money records, promises and contacts that name it, those that name one of its jobs (a
 * payment from someone else allocated to its bill settles it; a complaint about its job is about
 * it), and the worksheets that list it. Within a slice, each list is in id order, as a fresh read
 * gives it, so a figure worked out over one slice lists ties as the whole ledger does.
 */
import type { Id, Job, Party, RecordOf, Worksheet } from '../records';
import {
  indexById,
  LEDGER_TABLES,
  type LedgerRecord,
  type LedgerTable,
  type Table,
  type WholeLedger,
} from './tables';

/** One party's slice of the ledger, as the figures read it. */
export interface PartyView extends WholeLedger {
  readonly partyId: Id;
  /** The party's own record, while it is live; the records may name a party that is gone. */
  readonly party: Party | undefined;
  /** The jobs the party is the client of. */
  readonly jobs: readonly Job[];
}

export type Tables = { [T in LedgerTable]: Table<RecordOf[T]> };

const TABLE_INDEX = Object.fromEntries(LEDGER_TABLES.map((table, i) => [table, i])) as Record<
  LedgerTable,
  number
>;
const NONE: readonly LedgerRecord[] = Object.freeze([]);

/**
 * A party's records, per table a list in id order. A view hands its lists out as they are, and a
 * list handed out is never changed again: the next write to it changes a copy. So a view stays
 * what it was, and a list no write touched stays the same array from one view to the next (the
 * balances worked out over it are remembered by the array).
 */
class Slice {
  /** Per table, in LEDGER_TABLES' order. */
  readonly lists: (readonly LedgerRecord[])[] = LEDGER_TABLES.map(() => NONE);
  /** Bit i: lists[i] is this slice's own, in no view. */
  #owned = 0;
  #view: PartyView | undefined;
  size = 0;

  constructor(readonly partyId: Id) {}

  #own(i: number): LedgerRecord[] {
    if (!(this.#owned & (1 << i))) {
      this.lists[i] = this.lists[i]!.slice();
      this.#owned |= 1 << i;
    }
    this.#view = undefined;
    return this.lists[i] as LedgerRecord[];
  }

  /** `id` is the record's, read once by the caller. */
  add(i: number, record: LedgerRecord, id: Id): void {
    const list = this.#own(i);
    const last = list[list.length - 1];
    // Records read from the database come in id order: each goes at the end.
    if (last === undefined || last.id < id) {
      list.push(record);
      this.size += 1;
      return;
    }
    const at = indexById(list, id);
    if (list[at]?.id === id) list[at] = record;
    else {
      list.splice(at, 0, record);
      this.size += 1;
    }
  }

  remove(i: number, id: Id): void {
    const at = indexById(this.lists[i]!, id);
    if (this.lists[i]![at]?.id !== id) return;
    this.#own(i).splice(at, 1);
    this.size -= 1;
  }

  view(): PartyView {
    if (this.#view) return this.#view;
    this.#owned = 0;
    const list = <T extends LedgerTable>(table: T) =>
      this.lists[TABLE_INDEX[table]] as readonly RecordOf[T][];
    const parties = list('parties');
    this.#view = {
      partyId: this.partyId,
      party: parties[0],
      parties,
      jobs: list('jobs'),
      payments: list('payments'),
      credits: list('credits'),
      writeOffs: list('writeOffs'),
      disputes: list('disputes'),
      promises: list('promises'),
      contacts: list('contacts'),
      worksheets: list('worksheets'),
    };
    return this.#view;
  }
}

/**
 * Adds to `parties` the parties a record names directly, and to `jobs` the jobs it names (its
 * allocations, or the job it is about). One case per table, so that each reads one kind of
 * record: the first build reads 357,000 of them.
 */
function named(table: LedgerTable, record: LedgerRecord, parties: Id[], jobs: Id[]): void {
  switch (table) {
    case 'parties':
      parties.push((record as RecordOf['parties']).id);
      return;
    case 'jobs':
      parties.push((record as RecordOf['jobs']).clientId);
      return;
    case 'payments': {
      const payment = record as RecordOf['payments'];
      parties.push(payment.partyId);
      for (const allocation of payment.allocations) jobs.push(allocation.jobId);
      return;
    }
    case 'credits': {
      const credit = record as RecordOf['credits'];
      parties.push(credit.partyId);
      if (credit.jobId !== null) jobs.push(credit.jobId);
      return;
    }
    case 'contacts': {
      const contact = record as RecordOf['contacts'];
      parties.push(contact.partyId);
      if (contact.jobId !== null) jobs.push(contact.jobId);
      return;
    }
    case 'writeOffs': {
      const writeOff = record as RecordOf['writeOffs'];
      parties.push(writeOff.partyId);
      jobs.push(writeOff.jobId);
      return;
    }
    case 'disputes': {
      const dispute = record as RecordOf['disputes'];
      parties.push(dispute.partyId);
      jobs.push(dispute.jobId);
      return;
    }
    case 'promises':
      parties.push((record as RecordOf['promises']).partyId);
      return;
    case 'worksheets':
      for (const id of (record as Worksheet).partyIds) parties.push(id);
      return;
  }
}

function jobsNamed(table: LedgerTable, record: LedgerRecord): Id[] {
  const jobs: Id[] = [];
  named(table, record, [], jobs);
  return jobs;
}

/** Reused by every `#place`, which runs to its end without calling itself. */
const placeParties: Id[] = [];
const placeJobs: Id[] = [];

const refKey = (table: LedgerTable, id: Id) => `${table} ${id}`;

export class PartySlices {
  readonly #tables: Tables;
  readonly #slices = new Map<Id, Slice>();
  /**
   * For each job id that is not a record, the records that name it. (Those naming a job that is
   * are all in its client's slice, found there when the job moves.)
   */
  readonly #dangling = new Map<Id, Map<string, [LedgerTable, Id]>>();
  /**
   * For each party, the clients of the jobs it is the subcontractor on (with how many such jobs
   * each): their figures show its name.
   */
  readonly #subcontracted = new Map<Id, Map<Id, number>>();

  constructor(tables: Tables) {
    this.#tables = tables;
    for (const table of LEDGER_TABLES) {
      for (const record of tables[table].rows()) this.#place(table, record, undefined);
    }
  }

  /** Every party with a slice (parties named by a record, whether or not they exist). */
  partyIds(): IterableIterator<Id> {
    return this.#slices.keys();
  }

  /** The party's slice, or undefined when no record names it. */
  view(partyId: Id): PartyView | undefined {
    return this.#slices.get(partyId)?.view();
  }

  /** The parties whose slice holds the record: those it names, and the clients of jobs it names. */
  #owners(table: LedgerTable, record: LedgerRecord): Id[] {
    const owners: Id[] = [];
    const jobIds: Id[] = [];
    named(table, record, owners, jobIds);
    for (const jobId of jobIds) {
      const job = this.#tables.jobs.get(jobId);
      if (job && !owners.includes(job.clientId)) owners.push(job.clientId);
    }
    return owners;
  }

  /** `touched` undefined: the first build, where every party is new anyway. */
  #place(table: LedgerTable, record: LedgerRecord, touched: Set<Id> | undefined): void {
    const i = TABLE_INDEX[table];
    const id = record.id;
    const owners = placeParties;
    const jobIds = placeJobs;
    owners.length = 0;
    jobIds.length = 0;
    named(table, record, owners, jobIds);
    for (const jobId of jobIds) {
      const job = this.#tables.jobs.get(jobId);
      if (job) {
        if (!owners.includes(job.clientId)) owners.push(job.clientId);
        continue;
      }
      let refs = this.#dangling.get(jobId);
      if (!refs) this.#dangling.set(jobId, (refs = new Map()));
      refs.set(refKey(table, id), [table, id]);
    }
    for (const owner of owners) this.#addTo(owner, i, record, id, touched);
    if (table === 'jobs') {
      const job = record as Job;
      if (job.subcontractorId !== null) {
        let clients = this.#subcontracted.get(job.subcontractorId);
        if (!clients) this.#subcontracted.set(job.subcontractorId, (clients = new Map()));
        clients.set(job.clientId, (clients.get(job.clientId) ?? 0) + 1);
      }
    }
  }

  #addTo(owner: Id, i: number, record: LedgerRecord, id: Id, touched: Set<Id> | undefined): void {
    let slice = this.#slices.get(owner);
    if (!slice) this.#slices.set(owner, (slice = new Slice(owner)));
    slice.add(i, record, id);
    touched?.add(owner);
  }

  #unplace(table: LedgerTable, record: LedgerRecord, touched: Set<Id>): void {
    for (const owner of this.#owners(table, record)) {
      const slice = this.#slices.get(owner);
      if (!slice) continue;
      slice.remove(TABLE_INDEX[table], record.id);
      if (slice.size === 0) this.#slices.delete(owner);
      touched.add(owner);
    }
    for (const jobId of jobsNamed(table, record)) {
      const named = this.#dangling.get(jobId);
      named?.delete(refKey(table, record.id));
      if (named?.size === 0) this.#dangling.delete(jobId);
    }
    const sub = table === 'jobs' ? (record as Job).subcontractorId : null;
    if (sub !== null) {
      const clientId = (record as Job).clientId;
      const clients = this.#subcontracted.get(sub);
      const n = (clients?.get(clientId) ?? 0) - 1;
      if (n > 0) clients!.set(clientId, n);
      else clients?.delete(clientId);
      if (clients?.size === 0) this.#subcontracted.delete(sub);
    }
  }

  /** The records that name the job, as they are now. */
  #namedRecords(jobId: Id): [LedgerTable, LedgerRecord][] {
    const found: [LedgerTable, LedgerRecord][] = [];
    const job = this.#tables.jobs.get(jobId);
    if (job) {
      const slice = this.#slices.get(job.clientId);
      slice?.lists.forEach((rows, i) => {
        const table = LEDGER_TABLES[i]!;
        for (const record of rows) {
          if (jobsNamed(table, record).includes(jobId)) found.push([table, record]);
        }
      });
      return found;
    }
    for (const [table, id] of this.#dangling.get(jobId)?.values() ?? []) {
      const record = this.#tables[table].get(id);
      if (record) found.push([table, record]);
    }
    return found;
  }

  /**
   * Moves one record from the slices it was in to those it belongs in now (`after` undefined: it
   * is gone), updating the table; returns nothing, adds the parties whose figures may have moved
   * to `touched`.
   */
  set(table: LedgerTable, id: Id, after: LedgerRecord | undefined, touched: Set<Id>): void {
    const before = this.#tables[table].get(id) as LedgerRecord | undefined;
    // A job that moves to another client, appears or goes takes the records naming it along.
    const jobMoves =
      table === 'jobs' &&
      (before as Job | undefined)?.clientId !== (after as Job | undefined)?.clientId;
    const named = jobMoves ? this.#namedRecords(id) : [];
    for (const [t, r] of named) this.#unplace(t, r, touched);
    if (before) this.#unplace(table, before, touched);
    const rows = this.#tables[table] as Table<LedgerRecord>;
    if (after) rows.set(after);
    else rows.delete(id);
    if (after) this.#place(table, after, touched);
    for (const [t, r] of named) this.#place(t, r, touched);

    if (table === 'parties') {
      // Its name is shown on the jobs it subcontracts, in their clients' figures.
      for (const clientId of this.#subcontracted.get(id)?.keys() ?? []) touched.add(clientId);
    }
    if (table === 'worksheets') {
      // What goodwill reads of a decided worksheet: the records it made (credits, payments,
      // write-offs named by its entries) and the jobs whose amount it lowered (version 1).
      for (const ws of [before, after] as (Worksheet | undefined)[]) {
        for (const entry of ws?.entries ?? []) {
          for (const t of ['credits', 'payments', 'writeOffs', 'jobs'] as const) {
            const record = this.#tables[t].get(entry.id);
            if (record) for (const owner of this.#owners(t, record)) touched.add(owner);
          }
        }
      }
    }
  }
}
