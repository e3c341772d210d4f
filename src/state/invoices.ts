/**
 * Invoices and statements for the screens: issuing a numbered invoice, this device's series, and
 * live reads of a client's records and of one invoice.
 */
import {
  clientRecords,
  invoiceRecords,
  issueInvoice,
  seriesStatus,
  setInvoiceSeries,
  type SeriesStatus,
  type InvoiceRequest,
} from '../db/invoices';
import { currentSettings, getJob } from '../db/queries';
import type { Id, Invoice } from '../domain/records';
import { failure, save, type SaveResult } from './actions';
import { db } from './db';
import { Live } from './live.svelte';

export type { InvoiceRequest, ClientRecords, SeriesStatus } from '../db/invoices';

/** Issues the next number for an invoice of these jobs and marks them invoiced, all at once. */
export async function issue(request: InvoiceRequest): Promise<SaveResult<Invoice>> {
  try {
    return { ok: true, record: (await issueInvoice(db, request)).invoice };
  } catch (error) {
    return failure(error);
  }
}

/** Marks an invoice void (issued in error) on `day`; its number stays taken. */
export function voidInvoice(invoice: Invoice, day: string): Promise<SaveResult<Invoice>> {
  const { partyId, series, sequence, issuedOn, dueOn, jobIds, currency, language, note } = invoice;
  return save(
    'invoices',
    { partyId, series, sequence, issuedOn, dueOn, jobIds, currency, language, note, voidedOn: day },
    invoice.id,
  );
}

export async function changeInvoiceSeries(series: string): Promise<SaveResult<string>> {
  try {
    return { ok: true, record: await setInvoiceSeries(db, series) };
  } catch (error) {
    return failure(error);
  }
}

/**
 * This device's series (made and kept the first time) and whether another device shares it; not
 * live, as making the series is a write, which a live read cannot do.
 */
export async function currentInvoiceSeries(): Promise<SaveResult<SeriesStatus>> {
  try {
    return { ok: true, record: await seriesStatus(db) };
  } catch (error) {
    return failure(error);
  }
}

/** A client with everything their page's money section, promises and statement read. */
export function liveClientRecords(partyId: () => Id) {
  return new Live(partyId, async (id) => {
    const [records, settings] = await Promise.all([clientRecords(db, id), currentSettings(db)]);
    return { ...records, settings };
  });
}

/** One invoice with its client's records and the owner's details. */
export function liveInvoice(id: () => Id) {
  return new Live(id, async (invoiceId) => {
    const [found, settings] = await Promise.all([
      invoiceRecords(db, invoiceId),
      currentSettings(db),
    ]);
    return found && { ...found, settings };
  });
}

/** A job about to be invoiced, with its client's records (to offer their other jobs). */
export function liveJobToInvoice(jobId: () => Id) {
  return new Live(jobId, async (id) => {
    const job = await getJob(db, id);
    if (!job) return { job: undefined, client: undefined, settings: await currentSettings(db) };
    const [client, settings] = await Promise.all([
      clientRecords(db, job.clientId),
      currentSettings(db),
    ]);
    return { job, client, settings };
  });
}
