import { describe, expect, test } from 'vitest';
import { noMoneyRecords } from '../metrics/job-balance';
import { invoiceSchema, type Invoice, type JobLine } from '../records';
import { addressRecentlyChanged, invoiceView } from './invoice-view';
import { CLIENT, makeCredit, makeJob, makePayment, makeWriteOff, testId } from './test-records';

function line(fields: Partial<JobLine>): JobLine {
  return {
    description: '',
    quantity: 1,
    unit: '',
    unitPrice: 0,
    subcontractorUnitCost: 0,
    late: 0,
    doneByClient: 0,
    notDone: 0,
    ...fields,
  };
}

// Five field orders at $75.00 (3 late, 2 done by the client's own staff) and 2.5 hours at $40.00.
const orders = makeJob(0, '2026-03-10', {
  title: 'Field orders',
  lines: [
    line({
      description: 'Field order',
      quantity: 5,
      unit: 'order',
      unitPrice: 7500,
      late: 3,
      doneByClient: 2,
    }),
    line({ description: 'Travel', quantity: 2.5, unit: 'hour', unitPrice: 4000 }),
  ],
});
const brochure = makeJob(30_000, '2026-03-10', { title: 'Brochure' });

function makeInvoice(fields: Partial<Invoice> = {}): Invoice {
  return invoiceSchema.parse({
    id: testId(900),
    createdAt: '2026-03-10T12:00:00.000Z',
    updatedAt: '2026-03-10T12:00:00.000Z',
    deletedAt: null,
    stamps: {},
    partyId: CLIENT,
    series: 'A',
    sequence: 7,
    issuedOn: '2026-03-10',
    dueOn: '2026-04-09',
    jobIds: [orders.id, brochure.id],
    currency: 'USD',
    language: 'en',
    note: '',
    voidedOn: null,
    ...fields,
  });
}

describe('an invoice', () => {
  test("shows each job's lines with their totals", () => {
    const view = invoiceView(makeInvoice(), [orders, brochure], noMoneyRecords, '2026-03-10');
    // 5 × 75.00 = 375.00; 2.5 × 40.00 = 100.00; the job 475.00; with the brochure's 300.00, 775.00.
    expect(view.jobs.map((j) => [j.title, j.lines.map((l) => l.total), j.total])).toEqual([
      ['Field orders', [37_500, 10_000], 47_500],
      ['Brochure', [30_000], 30_000],
    ]);
    expect(view.totalBilled).toBe(77_500);
    expect(view.amountDue).toBe(77_500);
  });

  test('takes off credits, write-offs and payments received toward its jobs only', () => {
    const other = makeJob(99_900, '2026-03-01');
    const money = {
      ...noMoneyRecords,
      credits: [
        // 2 orders done by the client: 2 × 75.00 = 150.00 credited.
        makeCredit(15_000, '2026-03-20', orders.id, { reason: 'dispute_settled' }),
        makeCredit(1000, '2026-03-20', orders.id, { reason: 'late_fee_waived' }),
        makeCredit(5000, '2026-03-20', other.id),
      ],
      writeOffs: [makeWriteOff(5000, '2026-04-30', brochure.id)],
      payments: [
        // 200.00 to the orders and 50.00 to another job: only 200.00 counts here.
        makePayment(25_000, '2026-03-25', [
          { jobId: orders.id, amount: 20_000 },
          { jobId: other.id, amount: 5000 },
        ]),
        // A cheque still in the post counts for nothing yet.
        makePayment(10_000, '2026-03-28', [{ jobId: brochure.id, amount: 10_000 }], {
          receivedOn: null,
        }),
      ],
    };
    const view = invoiceView(makeInvoice(), [orders, brochure, other], money, '2026-04-30');
    expect(view.credits.map((c) => [c.amount, c.reason])).toEqual([[15_000, 'dispute_settled']]);
    expect(view.payments.map((p) => [p.receivedOn, p.amount])).toEqual([['2026-03-25', 20_000]]);
    // 775.00 − 150.00 credited − 50.00 written off − 200.00 paid = 375.00.
    expect([view.totalCredited, view.writtenOff, view.totalPaid, view.amountDue]).toEqual([
      15_000, 5000, 20_000, 37_500,
    ]);
  });

  test('a voided invoice is owed nothing', () => {
    const view = invoiceView(
      makeInvoice({ voidedOn: '2026-03-11' }),
      [orders, brochure],
      noMoneyRecords,
      '2026-03-12',
    );
    expect(view.voided).toBe(true);
    expect(view.amountDue).toBe(0);
    expect(view.totalBilled).toBe(77_500);
  });
});

describe("the owner's change of address", () => {
  test('is pointed out on documents for half a year after it', () => {
    expect(addressRecentlyChanged(null, '2026-03-10')).toBe(false);
    expect(addressRecentlyChanged('2026-03-10', '2026-03-10')).toBe(true);
    // 10 March → 6 September is 21 + 30 + 31 + 30 + 31 + 31 + 6 = 180 days: still shown.
    expect(addressRecentlyChanged('2026-03-10', '2026-09-06')).toBe(true);
    expect(addressRecentlyChanged('2026-03-10', '2026-09-07')).toBe(false);
    // A change after the document's date is not news to it.
    expect(addressRecentlyChanged('2026-03-11', '2026-03-10')).toBe(false);
  });
});
