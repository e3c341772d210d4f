/**
 * Issuing invoice numbers. Each device draws from its own series, kept in the device-local `meta`
 * table (it never syncs), and the next number is one past the highest ever issued in that series
 * in this database, voided invoices and tombstones included, so a number is never reused. Taking
 * the number, saving the invoice and marking its jobs invoiced happen in one transaction: two tabs
 * issuing at once are run one after the other by IndexedDB, and the second sees the first's number.
 */
import {
  duplicateNumbers,
  isSeries,
  nextSequence,
  seriesFromDeviceId,
  seriesSharedWith,
} from '../domain/documents/numbering';
import type { Table } from 'dexie';
import {
  jobFields,
  type Credit,
  type Dispute,
  type DocumentLanguage,
  type Id,
  type Invoice,
  type Job,
  type JobInput,
  type Party,
  type Payment,
  type PromiseToPay,
  type WriteOff,
} from '../domain/records';
import { liveOnly } from '../domain/records/live';
import type { Day } from '../domain/dates';
import type { LedgerDb } from './database';
import { deviceId } from './clock';
import { saveRecord } from './write';
import { guarded, WriteError } from './write-error';

export const SERIES_KEY = 'invoiceSeries';

/** This device's series; the first time, one made from the device id (and kept). */
export async function invoiceSeries(db: LedgerDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const entry = await db.meta.get(SERIES_KEY);
    if (typeof entry?.value === 'string' && isSeries(entry.value)) return entry.value;
    const series = seriesFromDeviceId(await deviceId(db));
    await db.meta.put({ key: SERIES_KEY, value: series });
    return series;
  });
}

/** Changes this device's series; refused at the field unless it is 1–8 capitals or digits. */
export async function setInvoiceSeries(db: LedgerDb, series: string): Promise<string> {
  if (!isSeries(series)) throw new WriteError('validation', { series: 'invalid_series' });
  await guarded(() => db.meta.put({ key: SERIES_KEY, value: series }));
  return series;
}

export interface InvoiceRequest {
  partyId: Id;
  /** The jobs billed, in the order shown; each becomes invoiced on `issuedOn`. */
  jobIds: Id[];
  issuedOn: Day;
  dueOn: Day;
  currency: string;
  language: DocumentLanguage;
  note: string;
}

/** A stored job's editable fields, to save it again with its status changed. */
function jobToInput(job: Job): JobInput {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(jobFields)) input[key] = job[key as keyof Job];
  return input as JobInput;
}

/**
 * Issues the next number of this device's series for an invoice of `request.jobIds`, saves it and
 * marks each job invoiced on the day issued, all or nothing. A job of another client or in another
 * currency is refused at `jobIds`, as is one missing or deleted, or already on a live invoice.
 */
export function issueInvoice(
  db: LedgerDb,
  request: InvoiceRequest,
): Promise<{ invoice: Invoice; jobs: Job[] }> {
  return guarded(() =>
    db.transaction('rw', [db.invoices, db.jobs, db.parties, db.meta], async () => {
      const jobs = await db.jobs.bulkGet(request.jobIds);
      for (const job of jobs) {
        if (!job || job.deletedAt !== null) {
          throw new WriteError('validation', { jobIds: 'missing_reference' });
        }
        if (job.clientId !== request.partyId) {
          throw new WriteError('validation', { jobIds: 'not_their_job' });
        }
        if (job.currency !== request.currency) {
          throw new WriteError('validation', { jobIds: 'currency_mismatch' });
        }
      }
      const invoices = await db.invoices.toArray();
      // A job is on one live invoice at a time: void the old one to invoice it again.
      const taken = new Set(
        invoices
          .filter((i) => i.deletedAt === null && i.voidedOn === null)
          .flatMap((i) => i.jobIds),
      );
      if (request.jobIds.some((id) => taken.has(id))) {
        throw new WriteError('validation', { jobIds: 'already_invoiced' });
      }
      const series = await invoiceSeries(db);
      const sequence = nextSequence(invoices, series);
      const invoice = await saveRecord(db, 'invoices', {
        partyId: request.partyId,
        series,
        sequence,
        issuedOn: request.issuedOn,
        dueOn: request.dueOn,
        jobIds: request.jobIds,
        currency: request.currency,
        language: request.language,
        note: request.note,
        voidedOn: null,
      });
      const saved: Job[] = [];
      for (const job of jobs as Job[]) {
        saved.push(
          await saveRecord(
            db,
            'jobs',
            { ...jobToInput(job), status: 'invoiced', invoicedOn: request.issuedOn },
            job.id,
          ),
        );
      }
      return { invoice, jobs: saved };
    }),
  );
}

/** Everything a client's documents read: their jobs and the money records, promises and invoices. */
export interface ClientRecords {
  party: Party | undefined;
  jobs: Job[];
  payments: Payment[];
  credits: Credit[];
  writeOffs: WriteOff[];
  disputes: Dispute[];
  promises: PromiseToPay[];
  invoices: Invoice[];
}

/** One client's records, by index; tombstones left out. */
export async function clientRecords(db: LedgerDb, partyId: Id): Promise<ClientRecords> {
  return db.transaction(
    'r',
    [
      db.parties,
      db.jobs,
      db.payments,
      db.credits,
      db.writeOffs,
      db.disputes,
      db.promises,
      db.invoices,
    ],
    async () => {
      const by = <T extends { deletedAt: string | null }>(table: Table<T, string>, index: string) =>
        table.where(index).equals(partyId).toArray().then(liveOnly);
      const [party, jobs, payments, credits, writeOffs, disputes, promises, invoices] =
        await Promise.all([
          db.parties.get(partyId),
          by(db.jobs, 'clientId'),
          by(db.payments, 'partyId'),
          by(db.credits, 'partyId'),
          by(db.writeOffs, 'partyId'),
          by(db.disputes, 'partyId'),
          by(db.promises, 'partyId'),
          by(db.invoices, 'partyId'),
        ]);
      return {
        party: party && party.deletedAt === null ? party : undefined,
        jobs,
        payments,
        credits,
        writeOffs,
        disputes,
        promises,
        invoices,
      };
    },
  );
}

/** An invoice (voided or not) with its client's records; undefined when missing or deleted. */
export async function invoiceRecords(
  db: LedgerDb,
  id: Id,
): Promise<{ invoice: Invoice; client: ClientRecords } | undefined> {
  const invoice = await db.invoices.get(id);
  if (!invoice || invoice.deletedAt !== null) return undefined;
  return { invoice, client: await clientRecords(db, invoice.partyId) };
}

export interface SeriesStatus {
  series: string;
  /** Another device has issued invoices from this series: numbers made offline could clash. */
  shared: boolean;
  /** Numbers already held by two invoices (after such a clash), e.g. "A-0003". */
  duplicates: string[];
}

/** This device's series and whether it is safe: its own, and no number held twice. */
export async function seriesStatus(db: LedgerDb): Promise<SeriesStatus> {
  return db.transaction('rw', [db.invoices, db.meta], async () => {
    const series = await invoiceSeries(db);
    const invoices = await db.invoices.toArray();
    return {
      series,
      shared: seriesSharedWith(invoices, series, await deviceId(db)),
      duplicates: duplicateNumbers(invoices),
    };
  });
}
