import { afterEach, describe, expect, test } from 'vitest';
import { emptyParty, singleLine, type JobInput } from '../domain/records';
import type { LedgerDb } from './database';
import {
  invoiceSeries,
  issueInvoice,
  seriesStatus,
  setInvoiceSeries,
  SERIES_KEY,
} from './invoices';
import { freshDb } from './test-db';
import { saveRecord, setDeleted } from './write';
import { WriteError } from './write-error';

let db: LedgerDb;
afterEach(async () => {
  await db?.delete();
});

function doneJob(clientId: string, overrides: Partial<JobInput> = {}): JobInput {
  return {
    clientId,
    title: 'Field orders',
    orderedOn: '2026-03-01',
    promisedOn: null,
    doneOn: '2026-03-05',
    invoicedOn: null,
    dueOn: null,
    lines: [singleLine(37_500)],
    currency: 'USD',
    depositAsked: 0,
    termsNetDays: 30,
    status: 'done',
    subcontractorId: null,
    problems: [],
    problemNote: '',
    notes: '',
    ...overrides,
  };
}

async function setUp() {
  db = freshDb();
  const client = await saveRecord(db, 'parties', {
    ...emptyParty('client', { termsNetDays: 30 }),
    name: 'Acme',
  });
  const other = await saveRecord(db, 'parties', {
    ...emptyParty('client', { termsNetDays: 30 }),
    name: 'Bolt',
  });
  await setInvoiceSeries(db, 'A');
  return { client, other };
}

function request(partyId: string, jobIds: string[]) {
  return {
    partyId,
    jobIds,
    issuedOn: '2026-03-10',
    dueOn: '2026-04-09',
    currency: 'USD',
    language: 'en' as const,
    note: '',
  };
}

async function refused(promise: Promise<unknown>): Promise<WriteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WriteError);
  return error as WriteError;
}

describe('issuing an invoice', () => {
  test('numbers follow on in the series and the jobs become invoiced on the day issued', async () => {
    const { client } = await setUp();
    const first = await saveRecord(db, 'jobs', doneJob(client.id));
    const second = await saveRecord(db, 'jobs', doneJob(client.id, { title: 'Brochure' }));
    const a = await issueInvoice(db, request(client.id, [first.id]));
    const b = await issueInvoice(db, request(client.id, [second.id]));
    expect([a.invoice.series, a.invoice.sequence]).toEqual(['A', 1]);
    expect([b.invoice.series, b.invoice.sequence]).toEqual(['A', 2]);
    const stored = await db.jobs.get(first.id);
    expect(stored).toMatchObject({ status: 'invoiced', invoicedOn: '2026-03-10' });
  });

  test('a voided or deleted invoice keeps its number taken', async () => {
    const { client } = await setUp();
    const job = await saveRecord(db, 'jobs', doneJob(client.id));
    const other = await saveRecord(db, 'jobs', doneJob(client.id, { title: 'Brochure' }));
    const one = await issueInvoice(db, request(client.id, [other.id]));
    const two = await issueInvoice(db, request(client.id, [job.id]));
    await saveRecord(
      db,
      'invoices',
      { ...request(client.id, [job.id]), series: 'A', sequence: 2, voidedOn: '2026-03-11' },
      two.invoice.id,
    );
    await setDeleted(db, 'invoices', one.invoice.id, true);
    // Its invoice voided, the job can go on a new one: under a new number.
    const three = await issueInvoice(db, request(client.id, [job.id]));
    expect(three.invoice.sequence).toBe(3);
  });

  test('a job already on a live invoice is refused at the jobs', async () => {
    const { client } = await setUp();
    const job = await saveRecord(db, 'jobs', doneJob(client.id));
    await issueInvoice(db, request(client.id, [job.id]));
    expect((await refused(issueInvoice(db, request(client.id, [job.id])))).fields).toEqual({
      jobIds: 'already_invoiced',
    });
    expect(await db.invoices.count()).toBe(1);
  });

  test('two issued at once never share a number', async () => {
    const { client } = await setUp();
    const jobs = await Promise.all(
      [1, 2, 3, 4].map((n) => saveRecord(db, 'jobs', doneJob(client.id, { title: `Job ${n}` }))),
    );
    const issued = await Promise.all(
      jobs.map((job) => issueInvoice(db, request(client.id, [job.id]))),
    );
    expect(issued.map((i) => i.invoice.sequence).sort()).toEqual([1, 2, 3, 4]);
  });

  test("another client's job, or one in another currency, is refused and nothing changes", async () => {
    const { client, other } = await setUp();
    const mine = await saveRecord(db, 'jobs', doneJob(client.id));
    const theirs = await saveRecord(db, 'jobs', doneJob(other.id));
    const euros = await saveRecord(db, 'jobs', doneJob(client.id, { currency: 'EUR' }));
    expect(
      (await refused(issueInvoice(db, request(client.id, [mine.id, theirs.id])))).fields,
    ).toEqual({
      jobIds: 'not_their_job',
    });
    expect(
      (await refused(issueInvoice(db, request(client.id, [mine.id, euros.id])))).fields,
    ).toEqual({
      jobIds: 'currency_mismatch',
    });
    expect(await db.invoices.count()).toBe(0);
    expect((await db.jobs.get(mine.id))?.status).toBe('done');
  });

  test('a job that cannot be invoiced that day undoes the whole issue, number included', async () => {
    const { client } = await setUp();
    const early = await saveRecord(db, 'jobs', doneJob(client.id, { orderedOn: '2026-03-01' }));
    // Issued before the job was ordered: the job refuses the invoice date.
    await refused(issueInvoice(db, { ...request(client.id, [early.id]), issuedOn: '2026-02-01' }));
    expect(await db.invoices.count()).toBe(0);
    const next = await issueInvoice(db, request(client.id, [early.id]));
    expect(next.invoice.sequence).toBe(1);
  });
});

describe("the device's series", () => {
  test('starts from the device id, is kept, and can be changed', async () => {
    db = freshDb();
    const first = await invoiceSeries(db);
    expect(first).toMatch(/^[A-Z0-9]{1,8}$/);
    expect(await invoiceSeries(db)).toBe(first);
    await setInvoiceSeries(db, 'OFFICE');
    expect(await invoiceSeries(db)).toBe('OFFICE');
    expect((await db.meta.get(SERIES_KEY))?.value).toBe('OFFICE');
  });

  test('a new series starts again at 1; a bad one is refused at its field', async () => {
    const { client } = await setUp();
    const job = await saveRecord(db, 'jobs', doneJob(client.id));
    const next = await saveRecord(db, 'jobs', doneJob(client.id, { title: 'Brochure' }));
    await issueInvoice(db, request(client.id, [job.id]));
    await setInvoiceSeries(db, 'B');
    expect((await issueInvoice(db, request(client.id, [next.id]))).invoice.sequence).toBe(1);
    expect((await refused(setInvoiceSeries(db, 'b-1'))).fields).toEqual({
      series: 'invalid_series',
    });
  });
});

describe('the series check', () => {
  test("is clear for a device's own series, and warns once another device issues from it", async () => {
    const { client } = await setUp();
    const job = await saveRecord(db, 'jobs', doneJob(client.id));
    const mine = await issueInvoice(db, request(client.id, [job.id]));
    expect(await seriesStatus(db)).toEqual({ series: 'A', shared: false, duplicates: [] });
    // The same number arrives from another device that also chose series A.
    await db.invoices.put({
      ...mine.invoice,
      id: crypto.randomUUID(),
      stamps: { ...mine.invoice.stamps, sequence: '000001700000000-000000-another-device' },
    });
    expect(await seriesStatus(db)).toEqual({ series: 'A', shared: true, duplicates: ['A-0001'] });
  });
});
