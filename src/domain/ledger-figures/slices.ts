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
  byId,
  LEDGER_TABLES,
  type LedgerRecord,
  type LedgerTable,
  type SortedTable,
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

export type Tables = { [T in LedgerTable]: SortedTable<RecordOf[T]> };

class Slice {
  readonly records = new Map<LedgerTable, Map<Id, LedgerRecord>>();
  #view: PartyView | undefined;
  size = 0;

  constructor(readonly partyId: Id) {}

  add(table: LedgerTable, record: LedgerRecord): void {
    let rows = this.records.get(table);
    if (!rows) this.records.set(table, (rows = new Map()));
    if (!rows.has(record.id)) this.size += 1;
    rows.set(record.id, record);
    this.#view = undefined;
  }

  remove(table: LedgerTable, id: Id): void {
    if (this.records.get(table)?.delete(id)) this.size -= 1;
    this.#view = undefined;
  }

  view(): PartyView {
    this.#view ??= this.#build();
    return this.#view;
  }

  #build(): PartyView {
    const rows = <T extends LedgerTable>(table: T): RecordOf[T][] => {
      const found = this.records.get(table);
      return found ? ([...found.values()] as RecordOf[T][]).sort(byId) : [];
    };
    const parties = rows('parties');
    return {
      partyId: this.partyId,
      party: parties[0],
      parties,
      jobs: rows('jobs'),
      payments: rows('payments'),
      credits: rows('credits'),
      writeOffs: rows('writeOffs'),
      disputes: rows('disputes'),
      promises: rows('promises'),
      contacts: rows('contacts'),
      worksheets: rows('worksheets'),
    };
  }
}

/** The job ids a record names (its allocations, or the job it is about). */
function jobsNamed(table: LedgerTable, record: LedgerRecord): Id[] {
  switch (table) {
    case 'payments':
      return (record as RecordOf['payments']).allocations.map((a) => a.jobId);
    case 'credits':
    case 'contacts': {
      const jobId = (record as RecordOf['credits'] | RecordOf['contacts']).jobId;
      return jobId === null ? [] : [jobId];
    }
    case 'writeOffs':
    case 'disputes':
      return [(record as RecordOf['writeOffs'] | RecordOf['disputes']).jobId];
    default:
      return [];
  }
}

/** The parties a record names directly. */
function partiesNamed(table: LedgerTable, record: LedgerRecord): Id[] {
  switch (table) {
    case 'parties':
      return [record.id];
    case 'jobs':
      return [(record as Job).clientId];
    case 'worksheets':
      return (record as Worksheet).partyIds;
    default:
      return [(record as { partyId: Id }).partyId];
  }
}

const refKey = (table: LedgerTable, id: Id) => `${table} ${id}`;

export class PartySlices {
  readonly #tables: Tables;
  readonly #slices = new Map<Id, Slice>();
  /**
   * For each job id that is not a record, the records that name it. (Those naming a job that is
   * are all in its client's slice, found there when the job moves.)
   */
  readonly #dangling = new Map<Id, Map<string, [LedgerTable, Id]>>();
  /** For each party, the jobs it is the subcontractor on: their clients' figures show its name. */
  readonly #subcontracted = new Map<Id, Set<Id>>();

  constructor(tables: Tables) {
    this.#tables = tables;
    const touched = new Set<Id>();
    for (const table of LEDGER_TABLES) {
      for (const record of tables[table].rows()) this.#place(table, record, touched);
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
    const owners = partiesNamed(table, record);
    for (const jobId of jobsNamed(table, record)) {
      const job = this.#tables.jobs.get(jobId);
      if (job && !owners.includes(job.clientId)) owners.push(job.clientId);
    }
    return owners;
  }

  #place(table: LedgerTable, record: LedgerRecord, touched: Set<Id>): void {
    for (const owner of this.#owners(table, record)) {
      let slice = this.#slices.get(owner);
      if (!slice) this.#slices.set(owner, (slice = new Slice(owner)));
      slice.add(table, record);
      touched.add(owner);
    }
    for (const jobId of jobsNamed(table, record)) {
      if (this.#tables.jobs.get(jobId)) continue;
      let named = this.#dangling.get(jobId);
      if (!named) this.#dangling.set(jobId, (named = new Map()));
      named.set(refKey(table, record.id), [table, record.id]);
    }
    const sub = table === 'jobs' ? (record as Job).subcontractorId : null;
    if (sub !== null) {
      let jobs = this.#subcontracted.get(sub);
      if (!jobs) this.#subcontracted.set(sub, (jobs = new Set()));
      jobs.add(record.id);
    }
  }

  #unplace(table: LedgerTable, record: LedgerRecord, touched: Set<Id>): void {
    for (const owner of this.#owners(table, record)) {
      const slice = this.#slices.get(owner);
      if (!slice) continue;
      slice.remove(table, record.id);
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
      const jobs = this.#subcontracted.get(sub);
      jobs?.delete(record.id);
      if (jobs?.size === 0) this.#subcontracted.delete(sub);
    }
  }

  /** The records that name the job, as they are now. */
  #namedRecords(jobId: Id): [LedgerTable, LedgerRecord][] {
    const found: [LedgerTable, LedgerRecord][] = [];
    const job = this.#tables.jobs.get(jobId);
    if (job) {
      const slice = this.#slices.get(job.clientId);
      for (const [table, rows] of slice?.records ?? []) {
        for (const record of rows.values()) {
          if (jobsNamed(table, record).includes(jobId)) found.push([table, record]);
        }
      }
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
    const rows = this.#tables[table] as SortedTable<LedgerRecord>;
    if (after) rows.set(after);
    else rows.delete(id);
    if (after) this.#place(table, after, touched);
    for (const [t, r] of named) this.#place(t, r, touched);

    if (table === 'parties') {
      // Its name is shown on the jobs it subcontracts, in their clients' figures.
      for (const jobId of this.#subcontracted.get(id) ?? []) {
        const job = this.#tables.jobs.get(jobId);
        if (job) touched.add(job.clientId);
      }
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
