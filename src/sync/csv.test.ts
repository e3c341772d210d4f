import { describe, expect, test } from 'vitest';
import { clientInput, jobInput, paymentInput } from '../db/test-db';
import type { Job, Party, Payment } from '../domain/records';
import { csvFileName, jobsCsv, paymentsCsv, toCsv, type CsvText } from './csv';

const text: CsvText = {
  jobColumns: [
    'Client',
    'Job',
    'Ordered',
    'Done',
    'Invoiced',
    'Due',
    'Status',
    'Currency',
    'Billed',
    'Paid',
    'Outstanding',
    'Written off',
    'Subcontractor',
    'Subcontractor cost',
  ],
  paymentColumns: [
    'Date',
    'Direction',
    'Party',
    'Currency',
    'Amount',
    'Method',
    'State',
    'Reference',
    'Jobs',
    'Notes',
  ],
  status: (s) => s.toUpperCase(),
  direction: (d) => d,
  method: (m) => m,
  state: (s) => s,
};

const stored = {
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  deletedAt: null,
  stamps: {},
};
const client = { ...clientInput({ name: '=HYPERLINK("x")' }), ...stored, id: 'c1' } as Party;
const job = { ...jobInput('c1', { title: 'Roof, "big"\nrepair' }), ...stored, id: 'j1' } as Job;
const gone = {
  ...jobInput('c1', { title: 'Deleted' }),
  ...stored,
  deletedAt: '2026-03-02T00:00:00.000Z',
  id: 'j2',
} as Job;
const payment = {
  ...paymentInput('c1', { allocations: [{ jobId: 'j1', amount: 50_000 }] }),
  ...stored,
  id: 'p1',
} as Payment;
const ledger = { parties: [client], jobs: [job, gone], payments: [payment] };

describe('CSV for an accountant', () => {
  test('quotes commas, quotes and line breaks, and starts with a byte-order mark', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 3, null]])).toBe(
      '\uFEFFa,b'.replace('a,b', '"a,b"') + ',"say ""hi""","two\nlines",3,\r\n',
    );
  });

  test('a cell a spreadsheet would run as a formula is kept as text', () => {
    expect(toCsv([['=1+1', '+1', '-1', '@x', 'ok']])).toBe("\uFEFF'=1+1,'+1,'-1,'@x,ok\r\n");
  });

  test('jobs: live jobs only, amounts as plain decimals, what was paid and what is owed', () => {
    const lines = jobsCsv(ledger, text, '2026-04-01').split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""x"")","Roof, ""big""\nrepair",2026-03-01,2026-03-05,2026-03-06,2026-04-05,INVOICED,USD,1500.00,500.00,1000.00,0.00,,`,
    );
  });

  test('payments: the jobs each settles, by title and amount', () => {
    const lines = paymentsCsv(ledger, text).split('\r\n');
    expect(lines[1]).toBe(
      `2026-03-20,client_to_me,"'=HYPERLINK(""x"")",USD,500.00,transfer,received,,"Roof, ""big""\nrepair (500.00)",`,
    );
  });

  test('file names carry the app, what is in it and the day', () => {
    expect(csvFileName('jobs', new Date(2026, 3, 2, 12))).toBe(
      'goodwill-ledger-jobs-2026-04-02.csv',
    );
  });
});
