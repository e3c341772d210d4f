import { describe, expect, test } from 'vitest';
import { makeJob, testId } from '../../domain/documents/test-records';
import { invoiceSchema, type Invoice } from '../../domain/records';
import {
  canInvoice,
  checkInvoiceDates,
  defaultDueOn,
  invoiceOf,
  otherInvoiceableJobs,
} from './invoice-draft';

function invoice(jobIds: string[], voidedOn: string | null = null): Invoice {
  return invoiceSchema.parse({
    id: testId(800 + jobIds.length + (voidedOn ? 50 : 0)),
    createdAt: '2026-03-10T12:00:00.000Z',
    updatedAt: '2026-03-10T12:00:00.000Z',
    deletedAt: null,
    stamps: {},
    partyId: testId(1),
    series: 'A',
    sequence: 1,
    issuedOn: '2026-03-10',
    dueOn: '2026-04-09',
    jobIds,
    currency: 'USD',
    language: 'en',
    note: '',
    voidedOn,
  });
}

describe('a new invoice', () => {
  const job = makeJob(10_000, '2026-03-05', { status: 'done', invoicedOn: null });
  const done = makeJob(20_000, '2026-03-01', {
    status: 'done',
    invoicedOn: null,
    orderedOn: '2026-01-02',
  });
  const onInvoice = makeJob(30_000, '2026-03-01', { status: 'done', invoicedOn: null });
  const onVoided = makeJob(35_000, '2026-03-01', {
    status: 'done',
    invoicedOn: null,
    orderedOn: '2026-01-03',
  });
  const euros = makeJob(40_000, '2026-03-01', {
    status: 'done',
    invoicedOn: null,
    currency: 'EUR',
  });
  const open = makeJob(50_000, '2026-03-01', { status: 'open', invoicedOn: null, doneOn: null });
  const invoices = [invoice([onInvoice.id]), invoice([onVoided.id], '2026-03-11')];

  test("offers the client's other done jobs in the same currency not on a live invoice", () => {
    const others = otherInvoiceableJobs(
      job,
      [job, done, onInvoice, onVoided, euros, open],
      invoices,
    );
    expect(others.map((j) => j.id)).toEqual([done.id, onVoided.id]);
  });

  test('knows the invoice a job is on, a voided one aside', () => {
    expect(invoiceOf(onInvoice.id, invoices)?.jobIds).toEqual([onInvoice.id]);
    expect(invoiceOf(onVoided.id, invoices)).toBeUndefined();
  });

  test('invoices open or done work, never cancelled', () => {
    expect(canInvoice({ status: 'done' })).toBe(true);
    expect(canInvoice({ status: 'open' })).toBe(true);
    expect(canInvoice({ status: 'cancelled' })).toBe(false);
  });

  test("falls due by the job's terms, or on its agreed date", () => {
    // 10 March + 30 days = 9 April.
    expect(defaultDueOn({ dueOn: null, termsNetDays: 30 }, '2026-03-10')).toBe('2026-04-09');
    expect(defaultDueOn({ dueOn: '2026-03-31', termsNetDays: 30 }, '2026-03-10')).toBe(
      '2026-03-31',
    );
  });

  test('refuses a due date before the issue date, at the due date', () => {
    expect(checkInvoiceDates('2026-03-10', '2026-03-09')).toEqual({ dueOn: 'before_issued' });
    expect(checkInvoiceDates('', '2026-02-30')).toEqual({
      issuedOn: 'required',
      dueOn: 'invalid_day',
    });
    expect(checkInvoiceDates('2026-03-10', '2026-03-10')).toEqual({});
  });
});
