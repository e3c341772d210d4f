import { describe, expect, test } from 'vitest';
import {
  CLIENT_ID,
  makeCredit,
  makeDispute,
  makeJob,
  makeParty,
  makePayment,
  makeWriteOff,
} from '../domain/metrics/test-records';
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
    'Credited',
    'Written off',
    'Paid',
    'Outstanding',
    'In dispute',
    'Subcontractor',
    'Subcontractor cost',
  ],
  paymentColumns: [
    'Sent',
    'Received',
    'Direction',
    'Purpose',
    'Party',
    'Currency',
    'Amount',
    'Method',
    'Reference',
    'Jobs',
    'Notes',
  ],
  status: (s) => s.toUpperCase(),
  direction: (d) => d,
  method: (m) => m,
  purpose: (p) => p,
};

const client = makeParty({ id: CLIENT_ID, name: '=HYPERLINK("x")' });
/** 1500.00 ordered 1 March, done 5 March, invoiced 6 March on 30 days: due 5 April. */
const job = makeJob({
  title: 'Roof, "big"\nrepair',
  orderedOn: '2026-03-01',
  doneOn: '2026-03-05',
  invoicedOn: '2026-03-06',
  amount: 150_000,
});
const gone = makeJob({ title: 'Deleted', deletedAt: '2026-03-02T00:00:00.000Z' });
const payment = makePayment('2026-03-20', [{ job, amount: 50_000 }], { sentOn: '2026-03-18' });

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
    const ledger = { parties: [client], jobs: [job, gone], payments: [payment] };
    const lines = jobsCsv(ledger, text, '2026-04-01').split('\r\n');
    expect(lines).toHaveLength(3);
    // 1500.00 billed − 500.00 paid = 1000.00 outstanding.
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""x"")","Roof, ""big""\nrepair",2026-03-01,2026-03-05,2026-03-06,2026-04-05,INVOICED,USD,1500.00,0.00,0.00,500.00,1000.00,0.00,,`,
    );
  });

  test('jobs: credits, write-offs and disputed money each in their own column', () => {
    const credited = makeJob({ title: 'Credited', invoicedOn: '2026-01-10', amount: 150_000 });
    const bad = makeJob({ title: 'Bad debt', invoicedOn: '2026-01-11', amount: 40_000 });
    const ledger = {
      parties: [client],
      jobs: [credited, bad],
      payments: [makePayment('2026-02-05', [{ job: credited, amount: 100_000 }])],
      credits: [makeCredit('2026-02-20', credited, 30_000)],
      writeOffs: [makeWriteOff('2026-03-01', bad, 40_000)],
      disputes: [makeDispute('2026-02-15', credited, 20_000)],
    };
    const rows = jobsCsv(ledger, text, '2026-04-01')
      .split('\r\n')
      .slice(1, 3)
      .map((line) => line.split(',').slice(1, 2).concat(line.split(',').slice(8, 14)));
    // 1500.00 − 300.00 credited − 1000.00 paid = 200.00 owed, all of it questioned (200.00 of
    // the 200.00 in dispute); 400.00 written off, nothing owed.
    expect(rows).toEqual([
      ['Credited', '1500.00', '300.00', '0.00', '1000.00', '200.00', '200.00'],
      ['Bad debt', '400.00', '0.00', '400.00', '0.00', '0.00', '0.00'],
    ]);
  });

  test('payments: the day sent and the day received, the purpose and the jobs each settles', () => {
    const onItsWay = makePayment('2026-03-25', [], {
      amount: 1_000,
      receivedOn: null,
      reference: 'cheque 12',
    });
    const ledger = { parties: [client], jobs: [job], payments: [onItsWay, payment] };
    const lines = paymentsCsv(ledger, text).split('\r\n');
    expect(lines[1]).toBe(
      `2026-03-18,2026-03-20,client_to_me,payment,"'=HYPERLINK(""x"")",USD,500.00,transfer,,"Roof, ""big""\nrepair (500.00)",`,
    );
    expect(lines[2]).toBe(
      `2026-03-25,,client_to_me,payment,"'=HYPERLINK(""x"")",USD,10.00,transfer,cheque 12,,`,
    );
  });

  test('file names carry the app, what is in it and the day', () => {
    expect(csvFileName('jobs', new Date(2026, 3, 2, 12))).toBe(
      'goodwill-ledger-jobs-2026-04-02.csv',
    );
  });
});
