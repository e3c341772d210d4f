// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { invoiceView } from '../../domain/documents/invoice-view';
import { statements } from '../../domain/documents/statement';
import {
  makeClient,
  makeCredit,
  makeJob,
  makePayment,
  testId,
} from '../../domain/documents/test-records';
import { noMoneyRecords } from '../../domain/metrics/job-balance';
import { defaultSettings, invoiceSchema, type JobLine } from '../../domain/records';
import InvoiceDocument from './InvoiceDocument.svelte';
import StatementDocument from './StatementDocument.svelte';

afterEach(cleanup);

/** What each cell of a table row says. */
const cells = (row: HTMLTableRowElement) => [...row.cells].map((c) => c.textContent?.trim());

const settings = {
  ...defaultSettings,
  businessName: 'Mill Lane Surveys',
  businessAddress: '9 New Road\nLeeds',
  businessAddressChangedOn: '2026-02-01',
  paymentDetails: 'Account 12345678',
};

const orders: JobLine = {
  description: 'Field order',
  quantity: 5,
  unit: 'order',
  unitPrice: 7500,
  subcontractorUnitCost: 0,
  late: 3,
  doneByClient: 2,
  notDone: 0,
};
const job = makeJob(0, '2026-03-10', { title: 'March field orders', lines: [orders] });
const client = makeClient({ name: 'Acme Bakery', address: '1 High St' });

function invoice(language: 'en' | 'ru') {
  return invoiceSchema.parse({
    id: testId(700),
    createdAt: '2026-03-10T12:00:00.000Z',
    updatedAt: '2026-03-10T12:00:00.000Z',
    deletedAt: null,
    stamps: {},
    partyId: client.id,
    series: 'A',
    sequence: 7,
    issuedOn: '2026-03-10',
    dueOn: '2026-04-09',
    jobIds: [job.id],
    currency: 'USD',
    language,
    note: '',
    voidedOn: null,
  });
}

describe('the invoice page', () => {
  test("is written in the invoice's language, whatever the app's", () => {
    const money = {
      ...noMoneyRecords,
      // Two orders done by the client's own staff: 150.00 credited.
      credits: [makeCredit(15_000, '2026-03-20', job.id, { reason: 'dispute_settled' })],
      payments: [makePayment(10_000, '2026-03-25', [{ jobId: job.id, amount: 10_000 }])],
    };
    const inRussian = invoice('ru');
    render(InvoiceDocument, {
      invoice: inRussian,
      view: invoiceView(inRussian, [job], money, '2026-04-01'),
      party: client,
      settings,
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Счёт № A-0007');
    const table = within(screen.getByRole('table'));
    // 5 × 75.00 = 375.00; less 150.00 credited and 100.00 paid: 125.00 due.
    expect(table.getByText('Наименование')).toBeTruthy();
    const due = table.getByText('К оплате').closest('tr')!;
    expect(due.textContent?.replace(/\s/g, '')).toContain('125,00$');
    expect(screen.getByText('Реквизиты для оплаты')).toBeTruthy();
    expect(screen.getByText(/Наш адрес изменился/)).toBeTruthy();
  });

  test("shows the owner's and the client's details, the lines and the amount due, in English", () => {
    const inEnglish = invoice('en');
    render(InvoiceDocument, {
      invoice: inEnglish,
      view: invoiceView(inEnglish, [job], noMoneyRecords, '2026-03-10'),
      party: client,
      settings,
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Invoice A-0007');
    expect(screen.getByText('Mill Lane Surveys')).toBeTruthy();
    expect(screen.getByText('Acme Bakery')).toBeTruthy();
    const line = screen.getByText('Field order').closest('tr')!;
    expect(cells(line)).toEqual(['Field order', '5', 'order', '$75.00', '$375.00']);
    const due = screen.getByText('Amount due').closest('tr')!;
    expect(due.textContent).toContain('$375.00');
  });
});

describe('the statement page', () => {
  test('lists open items with their age, the late fee and the balance', () => {
    const terms = makeClient({
      name: 'Acme Bakery',
      lateFeeKind: 'flat',
      lateFeeFlat: 2500,
      lateFeeGraceDays: 7,
    });
    const [statement] = statements({
      party: terms,
      jobs: [job],
      money: noMoneyRecords,
      credit: { unallocated: {}, onAccount: {} },
      asOf: '2026-04-30',
    });
    render(StatementDocument, {
      statement: statement!,
      party: terms,
      settings,
      language: 'en',
      titles: new Map([[job.id, job.title]]),
    });
    // Due 9 April; by 30 April 21 days overdue, past 7 grace days: the $25.00 flat fee.
    // Billed 10 March: 21 + 30 = 51 days old. Balance 375.00 + 25.00 = 400.00.
    const item = screen.getAllByText('March field orders')[0]!.closest('tr')!;
    expect(cells(item)).toEqual([
      'March field orders',
      'Mar 10, 2026',
      'Apr 9, 2026',
      '51',
      '21',
      '$375.00',
      '$375.00',
    ]);
    expect(screen.getByRole('heading', { name: 'Late fees' })).toBeTruthy();
    const balance = screen.getByText('Balance due').closest('tr')!;
    expect(balance.textContent).toContain('$400.00');
  });
});
